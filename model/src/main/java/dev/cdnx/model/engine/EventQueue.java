package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The pending events of a run, ordered by (time, priority, sequence number): equal times go by
 * priority, then first scheduled first, so a run never depends on heap internals. A plain binary heap
 * over an array, because the engine pushes and pops millions of events a second.
 */
final class EventQueue {

    private Event[] heap = new Event[1024];
    private int size;
    private long sequence;

    void push(Event e) {
        e.seq = sequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            Event p = heap[parent];
            if (!before(e, p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = e;
    }

    /** The earliest event, removed; null when empty. */
    Event pop() {
        if (size == 0) {
            return null;
        }
        Event top = heap[0];
        Event last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                Event c = heap[child];
                int right = child + 1;
                if (right < size && before(heap[right], c)) {
                    child = right;
                    c = heap[child];
                }
                if (!before(c, last)) {
                    break;
                }
                heap[i] = c;
                i = child;
            }
            heap[i] = last;
        }
        return top;
    }

    /** The earliest event without removing it; null when empty. */
    Event peek() {
        return size == 0 ? null : heap[0];
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(heap, 0, size, null);
        size = 0;
    }

    private static boolean before(Event a, Event b) {
        if (a.time != b.time) {
            return a.time < b.time;
        }
        if (a.priority != b.priority) {
            return a.priority < b.priority;
        }
        return a.seq < b.seq;
    }
}
