package dev.cdnx.model.trace;

import java.util.SplittableRandom;

/**
 * Synthetic Zipf object ids, following libCacheSim's {@code data_gen.py} with a seeded portable RNG
 * (the recipe in {@code shared/traces/README.md}): rank {@code i = 1..M} has weight {@code i^-alpha};
 * the cumulative weights summed in index order and divided by the total give {@code cdf}; each request
 * draws {@code u = SplittableRandom(seed).nextDouble()} and yields {@code 1 + (first k with cdf[k] >= u)}.
 * Id 1 is the most popular. Alpha 0 gives uniform ids; a negative alpha or fewer than 1 object is refused.
 */
public final class ZipfGenerator {

    private final double[] cdf;
    private final SplittableRandom random;

    /** A generator over {@code objects} ids with exponent {@code alpha}, seeded with {@code seed}. */
    public ZipfGenerator(int objects, double alpha, long seed) {
        if (objects < 1) {
            throw new IllegalArgumentException("need at least 1 object, got " + objects);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be a finite number >= 0, got " + alpha);
        }
        cdf = new double[objects];
        double sum = 0;
        for (int i = 0; i < objects; i++) {
            sum += Math.pow(i + 1, -alpha);
            cdf[i] = sum;
        }
        for (int i = 0; i < objects; i++) {
            cdf[i] /= sum;
        }
        random = new SplittableRandom(seed);
    }

    /** The next object id, in {@code [1, objects]}. */
    public long nextId() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] >= u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo + 1L;
    }
}
