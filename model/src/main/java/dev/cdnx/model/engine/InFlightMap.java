package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The fetches in flight at one node, by key: an open-addressing map from a long key to a {@link Fetch}
 * with linear probing and backward-shift deletion, so the miss path neither boxes keys nor allocates
 * map nodes. Small, because only misses waiting for an answer are in it.
 */
final class InFlightMap {

    private long[] keys = new long[16];
    private Fetch[] values = new Fetch[16];
    private int size;

    Fetch get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            Fetch v = values[i];
            if (v == null) {
                return null;
            }
            if (keys[i] == key) {
                return v;
            }
        }
    }

    boolean containsKey(long key) {
        return get(key) != null;
    }

    void put(long key, Fetch value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes the entry of {@code key} if it maps to {@code only}: a newer fetch for the key stays. */
    void remove(long key, Fetch only) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] != only) {
            return;
        }
        size--;
        // Backward-shift: move later entries of the probe run into the hole so lookups stay correct.
        int hole = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
    }

    void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        Fetch[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Fetch[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
