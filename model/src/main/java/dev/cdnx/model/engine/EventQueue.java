package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The pending events of a run, ordered by (time, priority, sequence number): equal times go by
 * priority, then first scheduled first, so a run never depends on heap internals. A four-ary heap whose
 * sort keys sit in one primitive array beside the events — time bits and the (priority, sequence) word
 * of a slot side by side — so a sift touches few cache lines and compares numbers, not objects: the
 * engine pushes and pops millions of events a second, with tens of thousands pending.
 */
final class EventQueue {

    private Event[] events = new Event[1024];
    /** keys[2i] = bits of slot i's time (times are never negative, so bits order like values); keys[2i+1] = order. */
    private long[] keys = new long[2048];
    private int size;
    private long sequence;

    void push(Event e) {
        e.seq = sequence++;
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            keys = Arrays.copyOf(keys, size * 4);
        }
        long t = Double.doubleToRawLongBits(e.time + 0.0);
        long o = ((long) e.priority << 56) | e.seq;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = keys[2 * parent];
            if (pt < t || (pt == t && keys[2 * parent + 1] < o)) {
                break;
            }
            events[i] = events[parent];
            keys[2 * i] = pt;
            keys[2 * i + 1] = keys[2 * parent + 1];
            i = parent;
        }
        events[i] = e;
        keys[2 * i] = t;
        keys[2 * i + 1] = o;
    }

    /** The earliest event, removed; null when empty. */
    Event pop() {
        if (size == 0) {
            return null;
        }
        Event top = events[0];
        int last = --size;
        Event le = events[last];
        long lt = keys[2 * last];
        long lo = keys[2 * last + 1];
        events[last] = null;
        if (last > 0) {
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= last) {
                    break;
                }
                int best = first;
                long bt = keys[2 * first];
                long bo = keys[2 * first + 1];
                int end = Math.min(first + 4, last);
                for (int c = first + 1; c < end; c++) {
                    long ct = keys[2 * c];
                    if (ct < bt || (ct == bt && keys[2 * c + 1] < bo)) {
                        best = c;
                        bt = ct;
                        bo = keys[2 * c + 1];
                    }
                }
                if (lt < bt || (lt == bt && lo < bo)) {
                    break;
                }
                events[i] = events[best];
                keys[2 * i] = bt;
                keys[2 * i + 1] = bo;
                i = best;
            }
            events[i] = le;
            keys[2 * i] = lt;
            keys[2 * i + 1] = lo;
        }
        return top;
    }

    /** The earliest event without removing it; null when empty. */
    Event peek() {
        return size == 0 ? null : events[0];
    }

    /** The earliest event's time, or infinity when empty. */
    double peekTime() {
        return size == 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(keys[0]);
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(events, 0, size, null);
        size = 0;
    }
}
