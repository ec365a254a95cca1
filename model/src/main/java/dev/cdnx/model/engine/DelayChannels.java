package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * First-in, first-out queues of events, one per distinct delay, for {@link EventQueue}: events scheduled
 * "now + d" for the same d come due in the order they were scheduled, so each queue stays sorted without
 * any comparisons. Channels are found by the delay's bits in a small open-addressing table; a run has one
 * per link direction and origin (a few hundred), each a growable ring of events.
 */
final class DelayChannels {

    /** Delay bits by table cell, and the channel of the cell plus one (0: empty cell). */
    private long[] cellDelay = new long[1024];

    private int[] cellChannel = new int[1024];
    private int count;

    private Event[][] rings = new Event[64][];
    /** Beside each ring, its events' sort keys (time bits, order), so a new first needs no event read. */
    private long[][] ringKeys = new long[64][];

    private int[] head = new int[64];
    private int[] size = new int[64];

    /** The channel of a delay, made on first use. */
    int of(double delay) {
        long bits = Double.doubleToRawLongBits(delay + 0.0);
        int mask = cellDelay.length - 1;
        int i = hash(bits) & mask;
        while (cellChannel[i] != 0) {
            if (cellDelay[i] == bits) {
                return cellChannel[i] - 1;
            }
            i = (i + 1) & mask;
        }
        return add(bits, i);
    }

    private int add(long bits, int cell) {
        int c = count++;
        cellDelay[cell] = bits;
        cellChannel[cell] = c + 1;
        if (c == rings.length) {
            rings = Arrays.copyOf(rings, c * 2);
            ringKeys = Arrays.copyOf(ringKeys, c * 2);
            head = Arrays.copyOf(head, c * 2);
            size = Arrays.copyOf(size, c * 2);
        }
        rings[c] = new Event[16];
        ringKeys[c] = new long[32];
        if (count * 2 > cellDelay.length) {
            rehash();
        }
        return c;
    }

    private void rehash() {
        long[] oldDelay = cellDelay;
        int[] oldChannel = cellChannel;
        cellDelay = new long[oldDelay.length * 2];
        cellChannel = new int[oldDelay.length * 2];
        int mask = cellDelay.length - 1;
        for (int j = 0; j < oldDelay.length; j++) {
            if (oldChannel[j] != 0) {
                int i = hash(oldDelay[j]) & mask;
                while (cellChannel[i] != 0) {
                    i = (i + 1) & mask;
                }
                cellDelay[i] = oldDelay[j];
                cellChannel[i] = oldChannel[j];
            }
        }
    }

    private static int hash(long bits) {
        long h = bits * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /**
     * Whether an event with this time key may go to the back of channel c and keep it sorted: not earlier
     * than the channel's last event (time keys order like the times).
     */
    boolean accepts(int c, long timeKey) {
        int n = size[c];
        if (n == 0) {
            return true;
        }
        int last = (head[c] + n - 1) & (rings[c].length - 1);
        return timeKey >= ringKeys[c][2 * last];
    }

    /**
     * Appends an event with its sort keys; returns true if the channel was empty, so the event is now its
     * first.
     */
    boolean append(int c, Event e, long timeKey, long orderKey) {
        Event[] ring = rings[c];
        int n = size[c];
        if (n == ring.length) {
            ring = grow(c);
        }
        int at = (head[c] + n) & (ring.length - 1);
        ring[at] = e;
        long[] k = ringKeys[c];
        k[2 * at] = timeKey;
        k[2 * at + 1] = orderKey;
        size[c] = n + 1;
        return n == 0;
    }

    private Event[] grow(int c) {
        Event[] old = rings[c];
        long[] oldKeys = ringKeys[c];
        Event[] ring = new Event[old.length * 2];
        long[] keys = new long[ring.length * 2];
        int h = head[c];
        for (int i = 0; i < old.length; i++) {
            int from = (h + i) & (old.length - 1);
            ring[i] = old[from];
            keys[2 * i] = oldKeys[2 * from];
            keys[2 * i + 1] = oldKeys[2 * from + 1];
        }
        rings[c] = ring;
        ringKeys[c] = keys;
        head[c] = 0;
        return ring;
    }

    /** The time key of channel c's first event. */
    long firstTimeKey(int c) {
        return ringKeys[c][2 * head[c]];
    }

    /** The order key of channel c's first event. */
    long firstOrderKey(int c) {
        return ringKeys[c][2 * head[c] + 1];
    }

    /** Removes the first event of channel c; returns the new first one, or null if c is now empty. */
    Event removeFirst(int c) {
        Event[] ring = rings[c];
        int h = head[c];
        ring[h] = null;
        int n = size[c] - 1;
        size[c] = n;
        h = (h + 1) & (ring.length - 1);
        head[c] = h;
        return n == 0 ? null : ring[h];
    }

    /** Empties every channel (the channels themselves stay). */
    void clear() {
        for (int c = 0; c < count; c++) {
            Arrays.fill(rings[c], null);
            head[c] = 0;
            size[c] = 0;
        }
    }
}
