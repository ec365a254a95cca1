package dev.cdnx.app.run;

import dev.cdnx.model.engine.TimeSeries;

/**
 * Turns the engine's per-second series into chart columns up to the displayed time: buckets are merged
 * so a chart never gets more than {@link #MAX_POINTS} points, and ratios are taken over the merged sums
 * (the exact ratio of each interval, not an average of ratios). Pure functions.
 */
final class MetricsData {

    static final int MAX_POINTS = 300;

    final double[] x;
    private final TimeSeries s;
    private final int first;
    private final int buckets;
    private final int per;

    MetricsData(TimeSeries s, double upTo) {
        this(s, 0, upTo);
    }

    /**
     * The buckets from simulated time {@code from} up to {@code upTo}: a zoomed chart gets its few hundred
     * points from the window it shows, not a window cut out of points spread over the whole run.
     */
    MetricsData(TimeSeries s, double from, double upTo) {
        this.s = s;
        int end = Math.max(0, Math.min(s.buckets(), (int) Math.floor(upTo / s.bucketSeconds())));
        first = Math.max(0, Math.min(end, (int) Math.floor(Math.max(0, from) / s.bucketSeconds())));
        buckets = end - first;
        per = Math.max(1, (int) Math.ceil(buckets / (double) MAX_POINTS));
        int n = (buckets + per - 1) / per;
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.bucketStart(first + Math.min(buckets, (i + 1) * per));
        }
    }

    private double[] sum(String column) {
        double[] col = s.column(column);
        double[] out = new double[x.length];
        for (int b = 0; b < buckets; b++) {
            out[b / per] += col[first + b];
        }
        return out;
    }

    /** A column per simulated second. */
    double[] rate(String column) {
        double[] v = sum(column);
        for (int i = 0; i < v.length; i++) {
            v[i] /= span(i);
        }
        return v;
    }

    /** num/den in percent per point; NaN where den is 0. */
    double[] percent(String num, String den) {
        double[] a = sum(num);
        double[] b = sum(den);
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] == 0 ? Double.NaN : 100 * a[i] / b[i];
        }
        return a;
    }

    /** Mean latency in ms per point. */
    double[] meanLatency() {
        double[] a = sum("latencySumMs");
        double[] b = sum("latencyCount");
        for (int i = 0; i < a.length; i++) {
            a[i] = b[i] == 0 ? Double.NaN : a[i] / b[i];
        }
        return a;
    }

    private double span(int i) {
        int from = i * per;
        int to = Math.min(buckets, from + per);
        return Math.max(1, to - from) * s.bucketSeconds();
    }
}
