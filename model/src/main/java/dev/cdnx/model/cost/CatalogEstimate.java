package dev.cdnx.model.cost;

import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.scenario.WorkloadSpec;

/**
 * The catalog's size worked out from the workload without running anything: objects per class (a fixed
 * count, or its share of the Zipf-ranked catalog) times the expected object size of the class's size
 * distribution (fixed: the size; lognormal: median × e^(σ²/2); pareto: min × shape / (shape − 1), or 2 ×
 * min when shape ≤ 1; uniform: the midpoint). Share classes are spread over the ranked catalog at random
 * (as the engine does), so a share class gets about its share of the requests; classes with their own
 * count (launch bundles) are outside the Zipf ranking and get none of the steady requests.
 */
public final class CatalogEstimate {

    private final WorkloadSpec w;
    private final double shareSum;

    public CatalogEstimate(WorkloadSpec workload) {
        this.w = workload;
        double s = 0;
        for (ContentClassSpec c : w.classes) {
            if (c.objects == null) {
                s += c.share;
            }
        }
        this.shareSum = w.classes.isEmpty() ? 1 : s;
    }

    /** Objects in the Zipf-ranked catalog (0 when every class has its own count). */
    public long rankedObjects() {
        return shareSum > 0 ? w.objects : 0;
    }

    /** Every object: the ranked catalog plus the classes with their own count. */
    public long totalObjects() {
        long n = rankedObjects();
        for (ContentClassSpec c : w.classes) {
            if (c.objects != null) {
                n += c.objects;
            }
        }
        return n;
    }

    /** Objects of one class. */
    public double objects(ContentClassSpec c) {
        if (c.objects != null) {
            return c.objects;
        }
        return shareSum > 0 ? w.objects * c.share / shareSum : 0;
    }

    /** Fraction of the steady (Zipf) requests that go to one class. */
    public double requestShare(ContentClassSpec c) {
        return c.objects != null || shareSum <= 0 ? 0 : c.share / shareSum;
    }

    /** Expected bytes of one class. */
    public double bytes(ContentClassSpec c) {
        return objects(c) * meanSize(c.size);
    }

    /** Expected bytes of the whole catalog. */
    public double totalBytes() {
        if (w.classes.isEmpty()) {
            return w.objects * meanSize(new SizeSpec());
        }
        double b = 0;
        for (ContentClassSpec c : w.classes) {
            b += bytes(c);
        }
        return b;
    }

    /** Mean size of an object of the ranked catalog (share-weighted over its classes). */
    public double rankedMeanSize() {
        if (w.classes.isEmpty() || shareSum <= 0) {
            return meanSize(new SizeSpec());
        }
        double b = 0;
        for (ContentClassSpec c : w.classes) {
            if (c.objects == null) {
                b += c.share / shareSum * meanSize(c.size);
            }
        }
        return b;
    }

    /** Expected size in bytes of one draw from a size distribution. */
    public static double meanSize(SizeSpec s) {
        double mean = s.mean == null ? 1 : s.mean.bytes();
        String dist = s.dist == null ? "fixed" : s.dist;
        switch (dist) {
            case "lognormal" -> {
                double sigma = s.sigma == null ? 1.0 : s.sigma;
                return mean * Math.exp(sigma * sigma / 2);
            }
            case "pareto" -> {
                double min = s.min == null ? mean / 2 : s.min.bytes();
                double shape = s.shape == null ? 1.5 : s.shape;
                return shape > 1 ? min * shape / (shape - 1) : 2 * min;
            }
            case "uniform" -> {
                double lo = s.min == null ? 1 : s.min.bytes();
                double hi = s.max == null ? 2 * mean : s.max.bytes();
                return (lo + hi) / 2;
            }
            default -> {
                return mean;
            }
        }
    }
}
