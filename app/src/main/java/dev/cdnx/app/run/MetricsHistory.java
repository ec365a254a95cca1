package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import java.util.Arrays;

/**
 * A bounded history of live snapshots for the charts that the per-second series cannot give (recent
 * latency percentiles, push coverage). At most {@link #CAPACITY} points: when full, every other point is
 * dropped and the spacing doubles, so memory stays flat however long the run. FX thread only.
 */
public final class MetricsHistory {

    public static final int CAPACITY = 512;

    public static final int P50 = 0;
    public static final int P95 = 1;
    public static final int P99 = 2;
    public static final int COVERAGE = 3;
    public static final int COLUMNS = 4;

    private final double[] time = new double[CAPACITY];
    private final double[][] cols = new double[COLUMNS][CAPACITY];
    private int size;
    private double spacing;
    private double last = Double.NEGATIVE_INFINITY;
    private long version;

    void reset(double duration) {
        size = 0;
        spacing = duration / CAPACITY;
        last = Double.NEGATIVE_INFINITY;
        version++;
    }

    void add(LiveSnapshot s) {
        if (s.time() - last < spacing) {
            return;
        }
        if (size == CAPACITY) {
            int k = 0;
            for (int i = 0; i < size; i += 2) {
                time[k] = time[i];
                for (double[] c : cols) {
                    c[k] = c[i];
                }
                k++;
            }
            size = k;
            spacing *= 2;
        }
        last = s.time();
        time[size] = s.time();
        cols[P50][size] = s.recentP50Ms();
        cols[P95][size] = s.recentP95Ms();
        cols[P99][size] = s.recentP99Ms();
        cols[COVERAGE][size] = s.pushCoverage() * 100;
        size++;
        version++;
    }

    public int size() {
        return size;
    }

    /** Changes whenever a point is added or the history is cleared. */
    public long version() {
        return version;
    }

    public double[] times() {
        return Arrays.copyOf(time, size);
    }

    public double[] column(int c) {
        return Arrays.copyOf(cols[c], size);
    }
}
