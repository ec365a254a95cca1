package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.scenario.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The objects of a run. Objects 0..shared-1 form the Zipf-ranked catalog (0 is the most popular) and
 * are spread over the share-based classes; classes with their own object count (a launch bundle) come
 * after, in class order. Each object has a size drawn once and a change phase, so its version at the
 * origin at any time is a formula, not an event.
 */
final class Catalog {

    final int shared;
    final int total;
    /**
     * Per object, packed so one memory access serves a request: size in the low 40 bits, class index
     * in the next 8, change phase (fraction of the period, 16 bits) at the top.
     */
    private final long[] packed;

    final ClassPolicy[] classes;
    final ContentClassSpec[] specs;
    final ZipfSampler zipf;
    private final double[] changePeriod;
    private final int[][] members;

    Catalog(WorkloadSpec w, List<String> cdnTargets, long seed) {
        specs = w.classes.isEmpty()
                ? new ContentClassSpec[] {defaultClass()}
                : w.classes.toArray(new ContentClassSpec[0]);
        classes = new ClassPolicy[specs.length];
        changePeriod = new double[specs.length];
        double shareSum = 0;
        long own = 0;
        for (int c = 0; c < specs.length; c++) {
            classes[c] = ClassPolicy.of(specs[c], cdnTargets);
            changePeriod[c] = specs[c].changeEvery == null ? Double.POSITIVE_INFINITY : specs[c].changeEvery.seconds();
            if (specs[c].objects != null) {
                own += specs[c].objects;
            } else {
                shareSum += specs[c].share;
            }
        }
        shared = shareSum > 0 ? (int) Math.min(w.objects, Integer.MAX_VALUE / 2) : 0;
        total = (int) Math.min((long) shared + own, Integer.MAX_VALUE / 2);
        packed = new long[total];
        byte[] classOf = new byte[total];
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5eed_ca7a_1090L);
        assignShared(classOf, shareSum, rng);
        int next = shared;
        for (int c = 0; c < specs.length; c++) {
            if (specs[c].objects != null) {
                for (long i = 0; i < specs[c].objects && next < total; i++, next++) {
                    classOf[next] = (byte) c;
                }
            }
        }
        for (int o = 0; o < total; o++) {
            long size = Math.min(drawSize(specs[classOf[o]].size, rng), SIZE_MASK);
            long phase = (long) (rng.nextDouble() * 65536);
            packed[o] = size | ((long) (classOf[o] & 0xFF) << 40) | (phase << 48);
        }
        members = new int[specs.length][];
        zipf = new ZipfSampler(Math.max(shared, 1), w.alpha);
    }

    private void assignShared(byte[] classOf, double shareSum, SplittableRandom rng) {
        double[] cumulative = new double[specs.length];
        double acc = 0;
        for (int c = 0; c < specs.length; c++) {
            if (specs[c].objects == null) {
                acc += specs[c].share / shareSum;
            }
            cumulative[c] = acc;
        }
        for (int o = 0; o < shared; o++) {
            double u = rng.nextDouble();
            int c = 0;
            while (c < specs.length - 1 && (specs[c].objects != null || u >= cumulative[c])) {
                c++;
            }
            classOf[o] = (byte) c;
        }
    }

    private static ContentClassSpec defaultClass() {
        ContentClassSpec c = new ContentClassSpec("default");
        c.headers.put("Cache-Control", "public, max-age=3600");
        return c;
    }

    static long drawSize(SizeSpec s, SplittableRandom rng) {
        long mean = Math.max(1, s.mean == null ? 1 : s.mean.bytes());
        double v;
        switch (s.dist == null ? "fixed" : s.dist) {
            case "lognormal" -> v = mean * Math.exp((s.sigma == null ? 1.0 : s.sigma) * gaussian(rng));
            case "pareto" -> {
                long min = s.min == null ? mean / 2 : s.min.bytes();
                v = min / Math.pow(1 - rng.nextDouble(), 1.0 / (s.shape == null ? 1.5 : s.shape));
            }
            case "uniform" -> {
                long lo = s.min == null ? 1 : s.min.bytes();
                long hi = s.max == null ? 2 * mean : s.max.bytes();
                v = lo + rng.nextDouble() * (hi - lo);
            }
            default -> v = mean;
        }
        if (s.min != null) {
            v = Math.max(v, (double) s.min.bytes());
        }
        if (s.max != null) {
            v = Math.min(v, (double) s.max.bytes());
        }
        return Math.max(1, Math.round(v));
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static final long SIZE_MASK = (1L << 40) - 1;

    /** The object's size in bytes (at most 1 TB). */
    long size(int object) {
        return sizeOf(packed[object]);
    }

    /** The object's content class index. */
    int classOf(int object) {
        return classOf(packed[object]);
    }

    /** Gives object {@code o} a size and class of its own (a replayed log's), keeping its change phase. */
    void replaceEntry(int o, long size, int classIndex) {
        packed[o] = Math.min(Math.max(1, size), SIZE_MASK)
                | ((long) (classIndex & 0xFF) << 40)
                | (packed[o] & (0xFFFFL << 48));
        members[classIndex] = null;
    }

    /** The packed entry of an object, for callers that read several of its fields. */
    long packed(int object) {
        return packed[object];
    }

    static long sizeOf(long packedEntry) {
        return packedEntry & SIZE_MASK;
    }

    static int classOf(long packedEntry) {
        return (int) ((packedEntry >>> 40) & 0xFF);
    }

    /** The version of an object at the origin at time t: how many times it has changed since 0. */
    int version(int object, double t) {
        return versionOf(packed[object], t);
    }

    /** {@link #version(int, double)} for a packed entry already at hand. */
    int versionOf(long p, double t) {
        double period = changePeriod[(int) ((p >>> 40) & 0xFF)];
        if (Double.isInfinite(period)) {
            return 0;
        }
        double first = (p >>> 48) / 65536.0 * period;
        return t < first ? 0 : (int) ((t - first) / period) + 1;
    }

    ClassPolicy policyOf(int object) {
        return classes[classOf(object)];
    }

    /** The class index with this name, or -1. */
    int classIndex(String name) {
        for (int c = 0; c < specs.length; c++) {
            if (specs[c].name != null && specs[c].name.equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /** The objects of a class, in rank order (computed once per class). */
    int[] members(int c) {
        if (members[c] == null) {
            List<Integer> list = new ArrayList<>();
            for (int o = 0; o < total; o++) {
                if (classOf(o) == c) {
                    list.add(o);
                }
            }
            members[c] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        return members[c];
    }

    /** Expected share of requests of each object under the Zipf law (own-count objects: 0). */
    double popularity(int object) {
        return object < shared ? zipf.weight(object) : 0;
    }
}
