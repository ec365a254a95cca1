package dev.cdnx.app.run;

import java.util.Arrays;

/**
 * How many moving dots are under way on each link, per outcome class, kept as dots start and end their hop
 * instead of recounted from every dot each frame. Each hop adds two timed changes, +1 at its departure and
 * -1 at its arrival; moving to a display time applies the changes that are due. A hop is counted from its
 * departure up to (not including) its arrival, exactly the hops a from-scratch binning with
 * {@code depart <= t < arrive} finds. With 175,000 requests in flight the binning cost about 16 ms a frame.
 *
 * <p>The changes wait in time buckets of {@link #BUCKET} simulated seconds, a ring of them covering
 * {@link #RING} buckets ahead of the display time: adding one is an append, and a frame applies the buckets
 * it has passed whole and looks at each change of the bucket it stands in. A binary heap did the same with
 * two sift-downs of a 350,000-entry heap per hop and, at 100,000 requests a second, cost 14 % of the FX
 * thread; it remains for the few changes beyond the ring's reach and those added before the first frame.
 */
final class FlowTotals {

    /** Per link and class ({@code link * DotClass.COUNT + cls}): hops under way. */
    int[] bandCount = new int[0];
    /** Hops under way on all links, plus those between nodes with no link (drawn as dots at any count). */
    int moving;

    /** Width of a time bucket, simulated seconds. */
    static final double BUCKET = 1.0 / 256;
    /** Buckets in the ring: 8 simulated seconds ahead of the display time (hops last 0.5–3 s). */
    static final int RING = 2048;

    private static final long UNSET = Long.MIN_VALUE;

    private int links;
    /** The bucket the display time stands in (its changes may be partly applied), or UNSET before a frame. */
    private long cursor = UNSET;

    private final int[] bucketSize = new int[RING];
    private final double[][] bucketTime = new double[RING][];
    private final int[][] bucketChange = new int[RING][];
    /** Changes waiting in the ring. */
    private int inRing;
    /** Moves within the heap (sift steps), a work count for tests. */
    long heapSteps;
    /** Changes looked at by frames in the ring (applied or found not yet due), a work count for tests. */
    long examined;
    /** Changes applied, from the ring or the heap. */
    long applied;

    private int size;
    private double[] time = new double[1024];
    /** The change's slot ({@code link * COUNT + cls}, or -1 for no link) times two, plus one for an end. */
    private int[] change = new int[1024];

    void reset(int linkCount) {
        links = linkCount;
        bandCount = new int[linkCount * DotClass.COUNT];
        moving = 0;
        size = 0;
        cursor = UNSET;
        java.util.Arrays.fill(bucketSize, 0);
        inRing = 0;
    }

    /** A hop on {@code link} (or -1) of class {@code cls}, under way from {@code depart} until {@code arrive}. */
    void add(int link, byte cls, double depart, double arrive) {
        int slot = link < 0 ? -1 : link * DotClass.COUNT + cls;
        enqueue(depart, (slot + 1) * 2);
        enqueue(arrive, (slot + 1) * 2 + 1);
    }

    private void enqueue(double t, int c) {
        if (cursor == UNSET) {
            push(t, c);
            return;
        }
        // a change already due waits in the bucket the display time stands in: the next frame applies it
        long b = Math.max(cursor, bucketOf(t));
        if (b - cursor >= RING) {
            push(t, c);
            return;
        }
        int r = ring(b);
        int k = bucketSize[r];
        if (bucketTime[r] == null || k == bucketTime[r].length) {
            int grown = bucketTime[r] == null ? 64 : k * 2;
            bucketTime[r] = bucketTime[r] == null ? new double[grown] : Arrays.copyOf(bucketTime[r], grown);
            bucketChange[r] = bucketChange[r] == null ? new int[grown] : Arrays.copyOf(bucketChange[r], grown);
        }
        bucketTime[r][k] = t;
        bucketChange[r][k] = c;
        bucketSize[r] = k + 1;
        inRing++;
    }

    private static long bucketOf(double t) {
        return (long) Math.floor(t / BUCKET);
    }

    private static int ring(long bucket) {
        return (int) Math.floorMod(bucket, (long) RING);
    }

    /** Applies every start and end due at display time {@code t}. */
    void advanceTo(double t) {
        while (size > 0 && time[0] <= t) {
            int c = change[0];
            pop();
            apply(c);
        }
        long target = bucketOf(t);
        if (cursor == UNSET) {
            cursor = target;
        }
        // buckets passed whole: every change in them lies before the display time
        while (cursor < target && inRing > 0) {
            int r = ring(cursor);
            int k = bucketSize[r];
            for (int j = 0; j < k; j++) {
                apply(bucketChange[r][j]);
            }
            examined += k;
            inRing -= k;
            bucketSize[r] = 0;
            cursor++;
        }
        cursor = Math.max(cursor, target);
        // the bucket the display time stands in: apply what is due, keep the rest
        int r = ring(cursor);
        int k = bucketSize[r];
        int kept = 0;
        double[] bt = bucketTime[r];
        int[] bc = bucketChange[r];
        for (int j = 0; j < k; j++) {
            if (bt[j] <= t) {
                apply(bc[j]);
            } else {
                bt[kept] = bt[j];
                bc[kept] = bc[j];
                kept++;
            }
        }
        examined += k;
        inRing -= k - kept;
        bucketSize[r] = kept;
    }

    private void apply(int c) {
        applied++;
        int slot = c / 2 - 1;
        int delta = (c & 1) == 0 ? 1 : -1;
        moving += delta;
        if (slot >= 0 && slot < links * DotClass.COUNT) {
            bandCount[slot] += delta;
        }
    }

    /** Starts and ends not yet due (a work count for tests). */
    int pending() {
        return size + inRing;
    }

    private void push(double t, int c) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            change = Arrays.copyOf(change, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (time[parent] <= t) {
                break;
            }
            time[i] = time[parent];
            change[i] = change[parent];
            i = parent;
            heapSteps++;
        }
        time[i] = t;
        change[i] = c;
    }

    private void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        double t = time[last];
        int c = change[last];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && time[child + 1] < time[child]) {
                child++;
            }
            if (time[child] >= t) {
                break;
            }
            time[i] = time[child];
            change[i] = change[child];
            i = child;
            heapSteps++;
        }
        time[i] = t;
        change[i] = c;
    }
}
