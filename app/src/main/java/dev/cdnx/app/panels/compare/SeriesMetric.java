package dev.cdnx.app.panels.compare;

import dev.cdnx.model.engine.TimeSeries;

/**
 * What the overlay chart plots over simulated time, read from a run's {@link TimeSeries}; long runs are
 * averaged down to at most {@link #MAX_POINTS} points (the counters stay exact, only the drawing thins).
 */
public enum SeriesMetric {
    HIT_RATIO("Hit ratio"),
    ORIGIN_RPS("Origin requests/s"),
    MEAN_LATENCY("Mean latency (ms)");

    public static final int MAX_POINTS = 400;

    private final String label;

    SeriesMetric(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** {x (simulated seconds), y} pairs; a bucket with no requests is skipped for ratios. */
    public double[][] points(TimeSeries s) {
        if (s == null) {
            return new double[0][];
        }
        int n = s.buckets();
        int group = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        double[] req = s.column("requests");
        double[] hits = s.column("hits");
        double[] origin = s.column("originRequests");
        double[] latSum = s.column("latencySumMs");
        double[] latCount = s.column("latencyCount");
        java.util.List<double[]> out = new java.util.ArrayList<>();
        for (int start = 0; start < n; start += group) {
            double r = 0;
            double h = 0;
            double o = 0;
            double ls = 0;
            double lc = 0;
            int end = Math.min(n, start + group);
            for (int i = start; i < end; i++) {
                r += req[i];
                h += hits[i];
                o += origin[i];
                ls += latSum[i];
                lc += latCount[i];
            }
            double x = s.bucketStart(start);
            switch (this) {
                case HIT_RATIO -> {
                    if (r > 0) {
                        out.add(new double[] {x, h / r});
                    }
                }
                case ORIGIN_RPS -> out.add(new double[] {x, o / ((end - start) * s.bucketSeconds())});
                default -> {
                    if (lc > 0) {
                        out.add(new double[] {x, ls / lc});
                    }
                }
            }
        }
        return out.toArray(new double[0][]);
    }
}
