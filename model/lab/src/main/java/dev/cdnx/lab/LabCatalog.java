package dev.cdnx.lab;

import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.scenario.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The scenario's catalog as URLs the lab's origin serves: object {@code i} of a content class lives at
 * {@code PREFIX + i} (e.g. {@code /static/7}), numbered from 0 up to the class's share of the catalog.
 * Each object's size is drawn once from its class's size distribution and its change phase once from
 * the scenario's seed, so the same URL has the same length and the same change times on every run.
 */
public final class LabCatalog {

    /** One object: its class, its number within the class, its size in bytes and its change phase (0..1). */
    public record LabObject(ContentClassSpec contentClass, long number, long size, double phase) {

        /** Mean seconds between changes, or infinity for content that never changes. */
        public double changePeriodSeconds() {
            return contentClass.changeEvery == null || contentClass.changeEvery.seconds() <= 0
                    ? Double.POSITIVE_INFINITY
                    : contentClass.changeEvery.seconds();
        }

        /** How many times the object has changed {@code t} seconds after the lab started. */
        public long versionAt(double t) {
            double period = changePeriodSeconds();
            if (Double.isInfinite(period)) {
                return 0;
            }
            double first = phase * period;
            return t < first ? 0 : (long) ((t - first) / period) + 1;
        }

        /** When (seconds after start) the version current at {@code t} appeared; 0 for the first. */
        public double changedAt(double t) {
            long v = versionAt(t);
            return v == 0 ? 0 : phase * changePeriodSeconds() + (v - 1) * changePeriodSeconds();
        }
    }

    private final List<ContentClassSpec> classes;
    private final List<String> prefixes = new ArrayList<>();
    private final long[] counts;
    private final long seed;

    public LabCatalog(WorkloadSpec workload, long seed) {
        this.classes = workload.classes.isEmpty() ? List.of(defaultClass()) : List.copyOf(workload.classes);
        this.seed = seed;
        this.counts = new long[classes.size()];
        double shareSum = classes.stream()
                .filter(c -> c.objects == null)
                .mapToDouble(c -> c.share)
                .sum();
        for (int i = 0; i < classes.size(); i++) {
            ContentClassSpec c = classes.get(i);
            counts[i] = c.objects != null
                    ? c.objects
                    : Math.max(1, Math.round(workload.objects * (shareSum > 0 ? c.share / shareSum : 1)));
            prefixes.add(prefixOf(c));
        }
    }

    /** The URL path prefix of a class: its {@code pathPrefix}, or {@code /NAME/}. */
    public static String prefixOf(ContentClassSpec c) {
        String p = c.pathPrefix != null && !c.pathPrefix.isBlank()
                ? c.pathPrefix
                : "/"
                        + (c.name == null
                                ? "objects"
                                : c.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-")) + "/";
        return p.endsWith("/") ? p : p + "/";
    }

    /** The object at {@code path} (query ignored), or null when no class has that prefix and number. */
    public LabObject find(String path) {
        int q = path.indexOf('?');
        String plain = q < 0 ? path : path.substring(0, q);
        for (int i = 0; i < classes.size(); i++) {
            String prefix = prefixes.get(i);
            if (plain.startsWith(prefix)) {
                long number = parseNumber(plain.substring(prefix.length()));
                if (number >= 0 && number < counts[i]) {
                    return object(i, number);
                }
            }
        }
        return null;
    }

    /** A URL path for each class's first object, for the curl lines. */
    public List<String> samplePaths() {
        List<String> out = new ArrayList<>();
        for (String prefix : prefixes) {
            out.add(prefix + "0");
        }
        return out;
    }

    /** How many objects the class at {@code index} has. */
    public long count(int index) {
        return counts[index];
    }

    public List<ContentClassSpec> classes() {
        return classes;
    }

    private LabObject object(int classIndex, long number) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + classIndex * 1_000_003L + number);
        ContentClassSpec c = classes.get(classIndex);
        return new LabObject(c, number, drawSize(c.size, rng), rng.nextDouble());
    }

    /** One draw from a class's size distribution (fixed, lognormal, pareto or uniform), in bytes, at least 1. */
    static long drawSize(SizeSpec s, SplittableRandom rng) {
        long mean = Math.max(1, s == null || s.mean == null ? 1 : s.mean.bytes());
        String dist = s == null || s.dist == null ? "fixed" : s.dist;
        double v = switch (dist) {
            case "lognormal" -> mean * Math.exp((s.sigma == null ? 1.0 : s.sigma) * gaussian(rng));
            case "pareto" ->
                (s.min == null ? mean / 2.0 : s.min.bytes())
                        / Math.pow(1 - rng.nextDouble(), 1.0 / (s.shape == null ? 1.5 : s.shape));
            case "uniform" -> {
                long lo = s.min == null ? 1 : s.min.bytes();
                long hi = s.max == null ? 2 * mean : s.max.bytes();
                yield lo + rng.nextDouble() * (hi - lo);
            }
            default -> mean;
        };
        if (s != null && s.min != null) {
            v = Math.max(v, (double) s.min.bytes());
        }
        if (s != null && s.max != null) {
            v = Math.min(v, (double) s.max.bytes());
        }
        return Math.max(1, Math.round(v));
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    private static long parseNumber(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(s);
    }

    private static ContentClassSpec defaultClass() {
        ContentClassSpec c = new ContentClassSpec("objects");
        c.headers.put("Cache-Control", "public, max-age=3600");
        return c;
    }
}
