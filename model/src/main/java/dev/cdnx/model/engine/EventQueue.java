package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The pending events of a run, ordered by (time, priority, sequence number): equal times go by
 * priority, then first scheduled first, so a run never depends on heap internals. A binary heap whose
 * sort keys live in primitive arrays beside the events, so sifting compares contiguous numbers instead
 * of chasing pointers: the engine pushes and pops millions of events a second.
 */
final class EventQueue {

    private Event[] events = new Event[1024];
    private double[] times = new double[1024];
    /** Priority in the top bits, then the sequence number: one long orders ties. */
    private long[] order = new long[1024];
    private int size;
    private long sequence;

    void push(Event e) {
        e.seq = sequence++;
        if (size == events.length) {
            int n = size * 2;
            events = Arrays.copyOf(events, n);
            times = Arrays.copyOf(times, n);
            order = Arrays.copyOf(order, n);
        }
        double t = e.time;
        long o = ((long) e.priority << 56) | e.seq;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            double pt = times[parent];
            if (pt < t || (pt == t && order[parent] < o)) {
                break;
            }
            events[i] = events[parent];
            times[i] = pt;
            order[i] = order[parent];
            i = parent;
        }
        events[i] = e;
        times[i] = t;
        order[i] = o;
    }

    /** The earliest event, removed; null when empty. */
    Event pop() {
        if (size == 0) {
            return null;
        }
        Event top = events[0];
        int last = --size;
        Event le = events[last];
        double lt = times[last];
        long lo = order[last];
        events[last] = null;
        if (last > 0) {
            int i = 0;
            int half = last >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                int right = child + 1;
                if (right < last && (times[right] < times[child]
                        || (times[right] == times[child] && order[right] < order[child]))) {
                    child = right;
                }
                double ct = times[child];
                if (lt < ct || (lt == ct && lo < order[child])) {
                    break;
                }
                events[i] = events[child];
                times[i] = ct;
                order[i] = order[child];
                i = child;
            }
            events[i] = le;
            times[i] = lt;
            order[i] = lo;
        }
        return top;
    }

    /** The earliest event without removing it; null when empty. */
    Event peek() {
        return size == 0 ? null : events[0];
    }

    /** The earliest event's time, or infinity when empty. */
    double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }
}
