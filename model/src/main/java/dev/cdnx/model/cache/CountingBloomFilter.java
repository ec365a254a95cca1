package dev.cdnx.model.cache;

/**
 * The frequency sketch of libCacheSim's W-TinyLFU ({@code minimalIncrementCBF.c}): a counting Bloom filter
 * sized for {@code entries} keys at a false-positive rate of 0.001, giving about 14.4 counters per entry
 * (at most {@code Integer.MAX_VALUE}) and 10 hash positions per key. The positions are
 * {@code (a + i × b) mod counters} in 32-bit unsigned arithmetic, with {@code a} and {@code b} the low
 * 32 bits of XXH64 of the key's 8 little-endian bytes under two seeds. Despite the file's name, adding a
 * key increments all of its counters (not only the smallest); the estimate is the smallest. Decay halves
 * every counter. Counters that many are stored sparsely: only touched counters take memory.
 */
final class CountingBloomFilter {

    private static final long SEED0 = 0x12345678L;
    private static final long SEED1 = 0x12344321L;
    private static final int DENSE_LIMIT = 1 << 20;

    private final int counters;
    private final int hashes;
    private final int[] dense;
    private final SparseCounters sparse;

    /** A filter for {@code entries} keys (libCacheSim passes the main cache's capacity, as an int). */
    CountingBloomFilter(int entries) {
        double bitsPerEntry = -Math.log(0.001) / 0.480453013918201;
        hashes = (int) Math.ceil(0.693147180559945 * bitsPerEntry);
        int n = (int) Math.min(Math.ceil(bitsPerEntry * entries), Integer.MAX_VALUE);
        counters = n < hashes ? hashes * 2 : n;
        if (counters <= DENSE_LIMIT) {
            dense = new int[counters];
            sparse = null;
        } else {
            dense = null;
            sparse = new SparseCounters();
        }
    }

    /** Number of counters. */
    int counters() {
        return counters;
    }

    /** The smallest counter of the key's positions. */
    int estimate(long key) {
        long a = XxHash64.hash8(key, SEED0) & 0xFFFFFFFFL;
        long b = XxHash64.hash8(key, SEED1) & 0xFFFFFFFFL;
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < hashes; i++) {
            int c = get(position(a, b, i));
            if (Integer.compareUnsigned(c, min) < 0) {
                min = c;
            }
        }
        return min;
    }

    /** Adds one to every counter of the key's positions. */
    void add(long key) {
        long a = XxHash64.hash8(key, SEED0) & 0xFFFFFFFFL;
        long b = XxHash64.hash8(key, SEED1) & 0xFFFFFFFFL;
        for (int i = 0; i < hashes; i++) {
            int x = position(a, b, i);
            if (dense != null) {
                dense[x]++;
            } else {
                sparse.increment(x);
            }
        }
    }

    /** Halves every counter. */
    void decay() {
        if (dense != null) {
            for (int i = 0; i < dense.length; i++) {
                dense[i] >>>= 1;
            }
        } else {
            sparse.halveAll();
        }
    }

    private int position(long a, long b, int i) {
        return (int) (((a + i * b) & 0xFFFFFFFFL) % counters);
    }

    private int get(int x) {
        return dense != null ? dense[x] : sparse.get(x);
    }
}
