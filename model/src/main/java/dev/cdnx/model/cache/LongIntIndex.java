package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values, with linear
 * probing and backward-shift deletion (no tombstones). Every long is a valid key, including 0 and -1.
 * It grows by doubling at half load and never shrinks; no operation but growth allocates.
 * Values must be {@code >= 0}; {@link #get} returns -1 for an absent key.
 */
public final class LongIntIndex {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Cell i holds its key at 2i and value + 1 at 2i + 1 (0: empty), so a probe touches one cache line. */
    private long[] table;

    private int shift;
    private int mask;
    private int size;
    private int growAt;

    /** An index sized for about {@code expected} keys without growing. */
    public LongIntIndex(int expected) {
        int cells = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2;
        allocate(Math.max(16, cells));
    }

    private void allocate(int cells) {
        table = new long[cells * 2];
        mask = cells - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cells);
        growAt = cells / 2;
    }

    private int home(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    /** The value for {@code key}, or -1 if absent. */
    public int get(long key) {
        long[] t = table;
        int i = home(key);
        while (true) {
            long v = t[2 * i + 1];
            if (v == 0) {
                return -1;
            }
            if (t[2 * i] == key) {
                return (int) v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Whether {@code key} is present. */
    public boolean contains(long key) {
        return get(key) >= 0;
    }

    /** Stores {@code value} for {@code key}, replacing any value; returns the old value or -1. */
    public int put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must be >= 0: " + value);
        }
        int i = home(key);
        while (true) {
            long v = table[2 * i + 1];
            if (v == 0) {
                table[2 * i] = key;
                table[2 * i + 1] = value + 1L;
                if (++size > growAt) {
                    grow();
                }
                return -1;
            }
            if (table[2 * i] == key) {
                table[2 * i + 1] = value + 1L;
                return (int) v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes {@code key}; returns its value or -1 if it was absent. */
    public int remove(long key) {
        int i = home(key);
        while (true) {
            long v = table[2 * i + 1];
            if (v == 0) {
                return -1;
            }
            if (table[2 * i] == key) {
                shiftBack(i);
                size--;
                return (int) v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    private void shiftBack(int hole) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (table[2 * j + 1] == 0) {
                table[2 * hole + 1] = 0;
                return;
            }
            int h = home(table[2 * j]);
            // move j into the hole unless its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
            if (!stays) {
                table[2 * hole] = table[2 * j];
                table[2 * hole + 1] = table[2 * j + 1];
                hole = j;
            }
        }
    }

    /** Grows now, if needed, so that {@code expected} keys fit without growing later. */
    public void reserve(int expected) {
        int cells = mask + 1;
        while (expected > cells / 2 && cells < (1 << 30)) {
            cells *= 2;
        }
        if (cells != mask + 1) {
            rehash(cells);
        }
    }

    private void grow() {
        rehash((mask + 1) * 2);
    }

    private void rehash(int cells) {
        long[] old = table;
        allocate(cells);
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                put(old[i], (int) old[i + 1] - 1);
            }
        }
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** Removes every key, keeping the table's size. */
    public void clear() {
        Arrays.fill(table, 0);
        size = 0;
    }
}
