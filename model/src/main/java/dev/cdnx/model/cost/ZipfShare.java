package dev.cdnx.model.cost;

/**
 * Shares of requests under a Zipf law: object of rank i (1 = most popular) gets a share proportional to
 * i^-α over a catalog of n objects. The share of the top k is H(k, α) / H(n, α) with
 * H(m, α) = Σ_{i=1..m} i^-α. Sums are exact (term by term) up to {@value #EXACT_LIMIT} objects; beyond
 * that the tail is the Euler–Maclaurin integral with two correction terms, good to far more digits than
 * any figure shown. α = 0 is a uniform catalog; n ≤ 0 gives 0; k ≥ n gives 1.
 */
public final class ZipfShare {

    static final long EXACT_LIMIT = 4_000_000L;

    private ZipfShare() {}

    /** The share of requests that go to the {@code k} most popular of {@code n} objects. */
    public static double topShare(long n, double alpha, long k) {
        if (n <= 0 || k <= 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return harmonic(k, alpha) / harmonic(n, alpha);
    }

    /** The share of requests that go to the most popular {@code fraction} (0..1) of the objects. */
    public static double topFractionShare(long n, double alpha, double fraction) {
        return topShare(n, alpha, topCount(n, fraction));
    }

    /** How many objects make up the top {@code fraction} of n (rounded up, at least 1 when n > 0). */
    public static long topCount(long n, double fraction) {
        if (n <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(n, (long) Math.ceil(fraction * n - 1e-9)));
    }

    /** H(m, α) = Σ_{i=1..m} i^-α. */
    public static double harmonic(long m, double alpha) {
        long exact = Math.min(m, EXACT_LIMIT);
        double sum = 0;
        for (long i = exact; i >= 1; i--) {
            sum += Math.pow((double) i, -alpha);
        }
        if (m > exact) {
            sum += tail(exact, m, alpha);
        }
        return sum;
    }

    /** Σ_{i=a+1..b} i^-α by Euler–Maclaurin. */
    private static double tail(long a, long b, double alpha) {
        double integral = Math.abs(alpha - 1) < 1e-12
                ? Math.log((double) b / a)
                : (Math.pow((double) b, 1 - alpha) - Math.pow((double) a, 1 - alpha)) / (1 - alpha);
        double fa = Math.pow((double) a, -alpha);
        double fb = Math.pow((double) b, -alpha);
        double dfa = -alpha * Math.pow((double) a, -alpha - 1);
        double dfb = -alpha * Math.pow((double) b, -alpha - 1);
        return integral + (fb - fa) / 2 + (dfb - dfa) / 12;
    }
}
