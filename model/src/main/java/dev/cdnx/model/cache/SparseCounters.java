package dev.cdnx.model.cache;

/**
 * Counters indexed by a non-negative int, of which only the touched ones take memory: an open-addressing
 * table with linear probing that grows at half load. For a sketch with up to 2^31 counters of which a
 * replay touches a few million.
 */
final class SparseCounters {

    private static final int EMPTY = -1;

    private int[] keys;
    private int[] values;
    private int mask;
    private int size;

    SparseCounters() {
        allocate(1 << 12);
    }

    private void allocate(int cells) {
        keys = new int[cells];
        java.util.Arrays.fill(keys, EMPTY);
        values = new int[cells];
        mask = cells - 1;
    }

    private int home(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 15)) & mask;
    }

    int get(int key) {
        int i = home(key);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    void increment(int key) {
        int i = home(key);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                values[i]++;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = 1;
        if (++size > (mask + 1) / 2) {
            rehash();
        }
    }

    /** Halves every counter (a counter at 0 keeps its cell; it reads as 0 either way). */
    void halveAll() {
        for (int i = 0; i < values.length; i++) {
            values[i] >>>= 1;
        }
    }

    private void rehash() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        allocate((mask + 1) * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = home(oldKeys[i]);
                while (keys[j] != EMPTY) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }
}
