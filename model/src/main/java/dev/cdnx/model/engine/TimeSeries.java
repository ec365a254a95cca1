package dev.cdnx.model.engine;

import java.util.List;

/**
 * Per-bucket counters over simulated time. The bucket is one second for runs up to two hours and grows
 * for longer runs so that a series never has more than {@link #MAX_BUCKETS} points: memory stays flat
 * however long the run.
 */
public final class TimeSeries {

    public static final int MAX_BUCKETS = 7200;

    /** Column names, in the order of {@link #value(int, int)}. */
    public static final List<String> COLUMNS = List.of(
            "requests",
            "hits",
            "bytesRequested",
            "bytesHit",
            "originRequests",
            "originBytes",
            "errors",
            "staleServed",
            "staleIfError",
            "coalesced",
            "revalidations",
            "latencySumMs",
            "latencyCount");

    static final int REQUESTS = 0;
    static final int HITS = 1;
    static final int BYTES_REQUESTED = 2;
    static final int BYTES_HIT = 3;
    static final int ORIGIN_REQUESTS = 4;
    static final int ORIGIN_BYTES = 5;
    static final int ERRORS = 6;
    static final int STALE = 7;
    static final int STALE_IF_ERROR = 8;
    static final int COALESCED = 9;
    static final int REVALIDATIONS = 10;
    static final int LATENCY_SUM = 11;
    static final int LATENCY_COUNT = 12;

    private static final int WIDTH = COLUMNS.size();

    private final double bucketSeconds;
    private final int buckets;
    /**
     * Row by row: the columns of a bucket side by side, so that the counters one request
     * adds (requests, bytes, hits, latency) share a cache line or two instead of one array each.
     */
    private final double[] values;
    /** The bucket the last add went to and the times it covers, so the next add needs no division. */
    private int current = -1;

    private double currentStart = Double.NaN;
    private double currentEnd = Double.NaN;

    TimeSeries(double durationSeconds) {
        double bucket = 1;
        while (durationSeconds / bucket > MAX_BUCKETS) {
            bucket *= 2;
        }
        bucketSeconds = bucket;
        buckets = (int) Math.ceil(durationSeconds / bucket) + 1;
        values = new double[WIDTH * buckets];
    }

    void add(int column, double time, double amount) {
        int b = current;
        // The bucket is (int) (time / bucketSeconds); the bucket's bounds are exact multiples of a power
        // of two, so comparing with them picks the same bucket without dividing.
        if (!(time >= currentStart && time < currentEnd)) {
            b = (int) (time / bucketSeconds);
            if (b < 0 || b >= buckets) {
                return;
            }
            current = b;
            currentStart = b * bucketSeconds;
            currentEnd = (b + 1) * bucketSeconds;
        }
        values[b * WIDTH + column] += amount;
    }

    public double bucketSeconds() {
        return bucketSeconds;
    }

    public int buckets() {
        return buckets;
    }

    /** The value of a column in a bucket. */
    public double value(int column, int bucket) {
        if (bucket < 0 || bucket >= buckets) {
            throw new ArrayIndexOutOfBoundsException("bucket " + bucket + " of " + buckets);
        }
        return values[bucket * WIDTH + column];
    }

    /** A copy of one column. */
    public double[] column(String name) {
        int i = COLUMNS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + "; known: " + String.join(", ", COLUMNS));
        }
        double[] out = new double[buckets];
        for (int b = 0; b < buckets; b++) {
            out[b] = values[b * WIDTH + i];
        }
        return out;
    }

    /** Start time of a bucket in simulated seconds. */
    public double bucketStart(int bucket) {
        return bucket * bucketSeconds;
    }
}
