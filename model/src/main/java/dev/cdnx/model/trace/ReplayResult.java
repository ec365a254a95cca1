package dev.cdnx.model.trace;

/**
 * Counts from one {@link TraceReplay}. Ratios of an empty replay are 0 (not NaN), so they can be
 * written as JSON. {@code nanos} is the wall time of the replay loop, trace reading included.
 */
public record ReplayResult(long requests, long misses, long bytes, long missedBytes, long skippedRecords,
                           long nanos) {

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

    /** Requests per second of the replay loop, or 0 if it took no measurable time. */
    public double requestsPerSecond() {
        return nanos <= 0 ? 0 : requests * 1e9 / nanos;
    }
}
