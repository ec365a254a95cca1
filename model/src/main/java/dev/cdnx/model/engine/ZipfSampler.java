package dev.cdnx.model.engine;

import java.util.SplittableRandom;

/**
 * Draws popularity ranks 0..n-1 with probability proportional to 1/(rank+1)^alpha in constant time,
 * with Vose's alias method. Each table entry packs the 32-bit acceptance threshold and the alias into
 * one long, so a draw costs one memory access however large the catalog. alpha = 0 is uniform.
 */
final class ZipfSampler {

    private static final double TWO_32 = 4294967296.0;

    private final long[] table;
    private final double[] weight;

    ZipfSampler(int n, double alpha) {
        table = new long[n];
        weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = Math.pow(i + 1, -alpha);
            total += weight[i];
        }
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] /= total;
            scaled[i] = weight[i] * n;
            if (scaled[i] < 1) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            table[s] = entry(scaled[s], s, l);
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        while (nl > 0) {
            int l = large[--nl];
            table[l] = entry(1, l, l);
        }
        while (ns > 0) {
            int s = small[--ns];
            table[s] = entry(1, s, s);
        }
    }

    /**
     * Threshold (probability × 2^32, at most 2^32 − 1) in the high half, alias in the low half. An entry
     * that always keeps its own rank is its own alias, so the capped threshold never matters.
     */
    private static long entry(double probability, int self, int alias) {
        long threshold = (long) Math.min(0xFFFFFFFFL, Math.floor(probability * TWO_32));
        return (threshold << 32) | ((probability >= 1 ? self : alias) & 0xFFFFFFFFL);
    }

    int sample(SplittableRandom rng) {
        int i = rng.nextInt(table.length);
        long v = table[i];
        long u = rng.nextInt() & 0xFFFFFFFFL;
        return u < (v >>> 32) ? i : (int) v;
    }

    /** The probability of one rank. */
    double weight(int rank) {
        return weight[rank];
    }

    int size() {
        return table.length;
    }
}
