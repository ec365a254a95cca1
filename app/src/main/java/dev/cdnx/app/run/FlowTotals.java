package dev.cdnx.app.run;

import java.util.Arrays;

/**
 * How many moving dots are under way on each link, per outcome class, kept as dots start and end their hop
 * instead of recounted from every dot each frame. Each hop adds two timed changes, +1 at its departure and
 * -1 at its arrival, to a min-heap; moving to a display time applies the changes that are due. A hop is
 * counted from its departure up to (not including) its arrival, exactly the hops a from-scratch binning
 * with {@code depart <= t < arrive} finds. With 175,000 requests in flight the binning cost about 16 ms a
 * frame; this costs the two heap operations per hop that starts or ends in the frame.
 */
final class FlowTotals {

    /** Per link and class ({@code link * DotClass.COUNT + cls}): hops under way. */
    int[] bandCount = new int[0];
    /** Hops under way on all links, plus those between nodes with no link (drawn as dots at any count). */
    int moving;

    private int links;
    private int size;
    private double[] time = new double[1024];
    /** The change's slot ({@code link * COUNT + cls}, or -1 for no link) times two, plus one for an end. */
    private int[] change = new int[1024];

    void reset(int linkCount) {
        links = linkCount;
        bandCount = new int[linkCount * DotClass.COUNT];
        moving = 0;
        size = 0;
    }

    /** A hop on {@code link} (or -1) of class {@code cls}, under way from {@code depart} until {@code arrive}. */
    void add(int link, byte cls, double depart, double arrive) {
        int slot = link < 0 ? -1 : link * DotClass.COUNT + cls;
        push(depart, (slot + 1) * 2);
        push(arrive, (slot + 1) * 2 + 1);
    }

    /** Applies every start and end due at display time {@code t}. */
    void advanceTo(double t) {
        while (size > 0 && time[0] <= t) {
            int c = change[0];
            pop();
            int slot = c / 2 - 1;
            int delta = (c & 1) == 0 ? 1 : -1;
            moving += delta;
            if (slot >= 0 && slot < links * DotClass.COUNT) {
                bandCount[slot] += delta;
            }
        }
    }

    /** Starts and ends not yet due (a work count for tests). */
    int pending() {
        return size;
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
        }
        time[i] = t;
        change[i] = c;
    }
}
