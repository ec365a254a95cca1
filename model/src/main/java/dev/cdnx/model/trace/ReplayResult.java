package dev.cdnx.model.trace;

/**
 * Counts from one {@link TraceReplay}: requests, misses, requested and missed bytes (each request's own
 * size), and malformed records skipped. Ratios of an empty replay are 0 (not NaN), so they can be
 * written as JSON.
 */
public record ReplayResult(long requests, long misses, long bytes, long missedBytes, long skippedRecords) {

    /** Requests that hit. */
    public long hits() {
        return requests - misses;
    }

    /** misses / requests, or 0 for no requests. */
    public double missRatio() {
        return requests == 0 ? 0 : (double) misses / requests;
    }

    /** missed bytes / requested bytes, or 0 for no bytes. */
    public double byteMissRatio() {
        return bytes == 0 ? 0 : (double) missedBytes / bytes;
    }
}
