package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine thread hands the FX thread after one slice: hop records of the sampled requests (as
 * primitive columns, so 10,000 of them cost no garbage), the snapshot at the end of the slice, and now and
 * then the totals. Written by the engine thread only, then published whole; read by the FX thread only.
 */
final class HopBatch {

    /** Record flags. */
    static final byte MOVE = 0;
    /** Waits at {@code from} until the same trace's next record (coalesced, queued at the origin). */
    static final byte PARK = 1;
    /** Flash at {@code from} (a miss, a revalidation, an error). */
    static final byte FLASH = 2;
    /** The trace ended; {@code cls} is its outcome. */
    static final byte END = 3;

    int size;
    int[] from = new int[256];
    int[] to = new int[256];
    double[] depart = new double[256];
    double[] arrive = new double[256];
    byte[] cls = new byte[256];
    byte[] flag = new byte[256];
    long[] trace = new long[256];

    LiveSnapshot snapshot;
    /**
     * For a jump: snapshots taken on the way, oldest first, so the charts built from snapshots (latency
     * percentiles, push coverage) cover the skipped stretch as if it had been played.
     */
    final List<LiveSnapshot> passed = new ArrayList<>();

    RunResult result;
    TraceView followed;
    double engineTime;
    long events;
    int sampleEvery = 1;
    boolean finished;
    /** The engine jumped to {@link #engineTime} (a seek): drop the dots drawn so far and show that time. */
    boolean jumped;

    int add(int f, int t, double d, double a, byte c, byte fl, long tr) {
        if (size == from.length) {
            grow();
        }
        int i = size++;
        from[i] = f;
        to[i] = t;
        depart[i] = d;
        arrive[i] = a;
        cls[i] = c;
        flag[i] = fl;
        trace[i] = tr;
        return i;
    }

    private void grow() {
        int n = from.length * 2;
        from = java.util.Arrays.copyOf(from, n);
        to = java.util.Arrays.copyOf(to, n);
        depart = java.util.Arrays.copyOf(depart, n);
        arrive = java.util.Arrays.copyOf(arrive, n);
        cls = java.util.Arrays.copyOf(cls, n);
        flag = java.util.Arrays.copyOf(flag, n);
        trace = java.util.Arrays.copyOf(trace, n);
    }

    void clear() {
        size = 0;
        snapshot = null;
        passed.clear();
        result = null;
        followed = null;
        finished = false;
        jumped = false;
    }
}
