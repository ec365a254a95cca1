package dev.cdnx.model.trace;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of cache requests read from a trace file, one record at a time, without allocating per
 * record. Call {@link #next()} until it returns false; after a true return the accessors describe the
 * current request. Records of size 0 are skipped (libCacheSim does the same). A malformed record throws
 * a {@link TraceFormatException} naming the file, the line or record and the fix, unless the reader
 * was told to skip bad records; then they are counted in {@link #skippedRecords()}.
 */
public interface TraceReader extends Closeable {

    /** Advances to the next request; false at the end of the trace. */
    boolean next() throws IOException;

    /** Time of the current request in seconds (0 when the format has none). */
    long time();

    /** Object id of the current request. */
    long id();

    /** Size in bytes of the current request ({@code >= 1}; 1 when the format has no size). */
    long size();

    /** Malformed lines or records skipped so far (always 0 unless skipping was asked for). */
    long skippedRecords();

    @Override
    void close() throws IOException;
}
