package dev.cdnx.model.trace;

/**
 * The current record's fields and the skip count, shared by the readers; {@link #next()} fills them.
 */
abstract class RecordFields implements TraceReader {

    long time;
    long id;
    long size;
    long skipped;

    @Override
    public final long time() {
        return time;
    }

    @Override
    public final long id() {
        return id;
    }

    @Override
    public final long size() {
        return size;
    }

    @Override
    public final long skippedRecords() {
        return skipped;
    }
}
