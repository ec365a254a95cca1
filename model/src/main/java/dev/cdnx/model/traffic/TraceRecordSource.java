package dev.cdnx.model.traffic;

import dev.cdnx.model.trace.TraceReader;
import java.io.IOException;

/**
 * The engine's own trace readers (vscsi, csv, txt) as a record source. They read plain files; their
 * malformed lines are skipped and counted by the reader (without line numbers).
 */
final class TraceRecordSource implements RecordSource {

    private final TraceReader reader;
    private final long fileBytes;
    private long records;

    TraceRecordSource(TraceReader reader, long fileBytes) {
        this.reader = reader;
        this.fileBytes = fileBytes;
    }

    @Override
    public boolean next(LogRecord r) throws IOException {
        if (!reader.next()) {
            return false;
        }
        records++;
        r.clear();
        r.time = reader.time();
        r.key = reader.id();
        r.bytes = reader.size();
        r.contentClass = ContentClasses.OTHER;
        return true;
    }

    /** Malformed lines the trace reader skipped. */
    long skipped() {
        return reader.skippedRecords();
    }

    @Override
    public long lines() {
        return records + reader.skippedRecords();
    }

    @Override
    public long rawBytes() {
        return fileBytes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
