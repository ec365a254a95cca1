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

    private long[] keys;
    /** value + 1; 0 marks an empty cell. */
    private int[] values;
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
        keys = new long[cells];
        values = new int[cells];
        mask = cells - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cells);
        growAt = cells / 2;
    }

    private int home(long key) {
        return (int) ((key * GOLDEN) >>> shift);
    }

    /** The value for {@code key}, or -1 if absent. */
    public int get(long key) {
        int i = home(key);
        while (true) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (keys[i] == key) {
                return v - 1;
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
            int v = values[i];
            if (v == 0) {
                keys[i] = key;
                values[i] = value + 1;
                if (++size > growAt) {
                    grow();
                }
                return -1;
            }
            if (keys[i] == key) {
                values[i] = value + 1;
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes {@code key}; returns its value or -1 if it was absent. */
    public int remove(long key) {
        int i = home(key);
        while (true) {
            int v = values[i];
            if (v == 0) {
                return -1;
            }
            if (keys[i] == key) {
                shiftBack(i);
                size--;
                return v - 1;
            }
            i = (i + 1) & mask;
        }
    }

    private void shiftBack(int hole) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (values[j] == 0) {
                values[hole] = 0;
                return;
            }
            int h = home(keys[j]);
            // move j into the hole unless its home lies cyclically in (hole, j]
            boolean stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                put(oldKeys[i], oldValues[i] - 1);
            }
        }
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** Removes every key, keeping the table's size. */
    public void clear() {
        Arrays.fill(values, 0);
        size = 0;
    }
}
