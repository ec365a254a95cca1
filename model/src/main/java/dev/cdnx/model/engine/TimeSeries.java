package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * Per-bucket counters over simulated time. The bucket is one second for runs up to two hours and grows
 * for longer runs so that a series never has more than {@link #MAX_BUCKETS} points: memory stays flat
 * however long the run.
 */
public final class TimeSeries {

    public static final int MAX_BUCKETS = 7200;

    /** Column names, in the order of {@link #value(int, int)}. */
    public static final String[] COLUMNS = {"requests", "hits", "bytesRequested", "bytesHit", "originRequests",
        "originBytes", "errors", "staleServed", "staleIfError", "coalesced", "revalidations", "latencySumMs",
        "latencyCount"};

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

    private final double bucketSeconds;
    private final double[][] columns;

    TimeSeries(double durationSeconds) {
        double bucket = 1;
        while (durationSeconds / bucket > MAX_BUCKETS) {
            bucket *= 2;
        }
        bucketSeconds = bucket;
        int n = (int) Math.ceil(durationSeconds / bucket) + 1;
        columns = new double[COLUMNS.length][n];
    }

    void add(int column, double time, double amount) {
        int b = (int) (time / bucketSeconds);
        double[] col = columns[column];
        if (b >= 0 && b < col.length) {
            col[b] += amount;
        }
    }

    public double bucketSeconds() {
        return bucketSeconds;
    }

    public int buckets() {
        return columns[0].length;
    }

    /** The value of a column in a bucket. */
    public double value(int column, int bucket) {
        return columns[column][bucket];
    }

    /** A copy of one column. */
    public double[] column(String name) {
        int i = Arrays.asList(COLUMNS).indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + "; known: " + String.join(", ", COLUMNS));
        }
        return columns[i].clone();
    }

    /** Start time of a bucket in simulated seconds. */
    public double bucketStart(int bucket) {
        return bucket * bucketSeconds;
    }
}
