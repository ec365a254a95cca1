package dev.cdnx.model.traffic;

import java.io.Closeable;
import java.io.IOException;

/** Requests read one at a time from a file, whatever its format; bad lines go to the import's {@link BadLines}. */
interface RecordSource extends Closeable {

    /** Fills {@code r} with the next readable request; false at the end of the file. */
    boolean next(LogRecord r) throws IOException;

    /** Lines (or records) read so far, bad ones included. */
    long lines();

    /** Bytes of the file on disk read so far. */
    long rawBytes();
}
