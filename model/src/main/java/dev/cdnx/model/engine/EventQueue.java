package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The pending events of a run, ordered by (time, priority, sequence number): equal times go by
 * priority, then first scheduled first, so a run never depends on heap internals.
 *
 * <p>Two structures share the work. Most traffic events are "now plus a fixed delay" (half the round
 * trip of one link, an origin's service time), and events with the same delay come due in the order they
 * were scheduled. Such events wait in a first-in, first-out <em>channel</em> per delay, and only each
 * channel's first event sits in the heap. Everything else (arrivals, the timeline) sits in the heap
 * itself. The heap then holds a few hundred entries instead of every event in flight, so a pop sifts
 * through a few levels that stay in the processor's cache. The order is exactly that of one heap over all
 * events: a channel's events are sorted by (time, sequence) already, and the heap compares channel heads
 * by the same key as single events.
 *
 * <p>The heap is four-ary, its sort keys in one primitive array beside the events (time bits and the
 * (priority, sequence) word of a slot side by side), so a sift compares numbers, not objects.
 */
final class EventQueue {

    private static final int NO_CHANNEL = -1;

    private Event[] events = new Event[1024];
    /** keys[2i] = bits of slot i's time (times are never negative, so bits order like values); keys[2i+1] = order. */
    private long[] keys = new long[2048];

    private int heapSize;
    private long sequence;

    private final DelayChannels channels = new DelayChannels();

    /** Schedules an event at its time. */
    void push(Event e) {
        e.seq = sequence++;
        e.channel = NO_CHANNEL;
        heapPush(e);
    }

    /**
     * Schedules an event that is due {@code delay} after the current simulated time ({@code e.time} is
     * already now + delay). Events with equal delays queue in one channel.
     */
    void pushAfter(Event e, double delay) {
        e.seq = sequence++;
        int c = channels.of(delay);
        long timeKey = timeKey(e);
        if (e.priority != Event.PRIORITY_TRAFFIC || !channels.accepts(c, timeKey)) {
            // Not in order behind the channel's last event (never the case for now + delay): a heap entry.
            e.channel = NO_CHANNEL;
            heapPush(e);
            return;
        }
        e.channel = c;
        if (channels.append(c, e, timeKey, orderKey(e))) {
            heapPush(e);
        }
    }

    private void heapPush(Event e) {
        if (heapSize == events.length) {
            events = Arrays.copyOf(events, heapSize * 2);
            keys = Arrays.copyOf(keys, heapSize * 4);
        }
        long t = timeKey(e);
        long o = orderKey(e);
        int i = heapSize++;
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

    private static long timeKey(Event e) {
        return Double.doubleToRawLongBits(e.time + 0.0);
    }

    private static long orderKey(Event e) {
        return ((long) e.priority << 56) | e.seq;
    }

    /** The earliest event, removed; null when empty. */
    Event pop() {
        if (heapSize == 0) {
            return null;
        }
        Event top = events[0];
        if (top.channel != NO_CHANNEL) {
            Event next = channels.removeFirst(top.channel);
            if (next != null) {
                // The channel's next event takes the root's place: one sift instead of a removal and a push.
                siftDownFromRoot(next, channels.firstTimeKey(top.channel), channels.firstOrderKey(top.channel));
                return top;
            }
        }
        int last = --heapSize;
        Event le = events[last];
        long lt = keys[2 * last];
        long lo = keys[2 * last + 1];
        events[last] = null;
        if (last > 0) {
            siftDownFromRoot(le, lt, lo);
        }
        return top;
    }

    /**
     * The earliest event, a heap entry that was {@link #peek() peeked} and not popped, is due again at its
     * new {@code e.time}: it gets a new sequence number, as a pop and a {@link #push} would give it, and
     * sinks to its place in one sift instead of two. The order of events is the same either way, because
     * it is fixed by the (time, priority, sequence) keys alone.
     */
    void rescheduleTop(Event e) {
        if (heapSize == 0 || events[0] != e || e.channel != NO_CHANNEL) {
            throw new IllegalStateException("only the earliest event, a heap entry, can be rescheduled in place");
        }
        e.seq = sequence++;
        siftDownFromRoot(e, timeKey(e), orderKey(e));
    }

    /** Places e (keys lt, lo) at the root and sifts it down to its place among heapSize entries. */
    private void siftDownFromRoot(Event le, long lt, long lo) {
        int size = heapSize;
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            long bt = keys[2 * first];
            long bo = keys[2 * first + 1];
            int end = Math.min(first + 4, size);
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

    /** The earliest event without removing it; null when empty. */
    Event peek() {
        return heapSize == 0 ? null : events[0];
    }

    /** The earliest event's time, or infinity when empty. */
    double peekTime() {
        return heapSize == 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(keys[0]);
    }

    void clear() {
        Arrays.fill(events, 0, heapSize, null);
        heapSize = 0;
        channels.clear();
    }
}
