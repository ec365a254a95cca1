package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run will cost before it starts, from the scenario alone, so a run that cannot fit in memory or
 * would take hours is refused with the figure and the fix instead of an OutOfMemoryError or a hang.
 *
 * <p>Heap: {@value #BYTES_PER_OBJECT} bytes per catalog object (the engine's packed object table, class
 * index and push schedule; it keeps at most {@value #CATALOG_CAP} objects), {@value #BYTES_PER_ENTRY}
 * bytes per object each cache can hold (capacity over the catalog's mean object size, at most the
 * catalog), and {@value #BASE_BYTES} bytes for the rest (histograms, series, the JVM's own). It is an
 * estimate meant to catch runs off by orders of magnitude, not to predict the heap to the megabyte: the
 * 1,000,000-object {@code large-cdn} sample estimates 0.85 GB and measured 0.5-0.6 GB live
 * (docs/performance.md).
 *
 * <p>Time: the expected number of requests (every users node's mean rate, plus flash-crowd extra
 * rate over its length, times the duration). Above {@value #LONG_RUN_REQUESTS} requests (about 20
 * minutes at the 400 k requests/s measured on the large sample) a run is long and needs the person's
 * consent: {@code --allow-long} on the command line, a confirmation in the app.
 */
public final class ResourceBudget {

    static final long BYTES_PER_OBJECT = 24;
    static final long BYTES_PER_ENTRY = 96;
    static final long BASE_BYTES = 512L << 20;
    static final long CATALOG_CAP = Integer.MAX_VALUE / 2;
    /** Expected requests above which a run counts as long. */
    public static final long LONG_RUN_REQUESTS = 500_000_000L;

    /** The estimate: heap in bytes and expected requests. */
    public record Estimate(long heapBytes, double requests) {}

    private ResourceBudget() {}

    public static Estimate estimate(Scenario s) {
        long objects = Math.max(0, Math.min(s.workload.objects, CATALOG_CAP));
        for (ContentClassSpec c : s.workload.classes) {
            if (c.objects != null && c.objects > 0) {
                objects = Math.min(CATALOG_CAP, objects + c.objects);
            }
        }
        double heap = BASE_BYTES + (double) BYTES_PER_OBJECT * objects;
        double mean = meanObjectSize(s, objects);
        double requests = 0;
        double seconds = s.duration == null || s.duration.isInfinite() ? 0 : Math.max(0, s.duration.seconds());
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind != null && n.kind.caches() && n.cache != null && n.cache.capacity != null) {
                double entries = Math.min((double) objects, n.cache.capacity.bytes() / mean);
                heap += BYTES_PER_ENTRY * entries;
            }
            if (n.kind == NodeKind.USERS && n.users != null && n.users.rate != null) {
                requests += Math.max(0, n.users.rate.perSecond()) * seconds + extra(n.users.profile, seconds);
            }
        }
        return new Estimate((long) Math.min(Long.MAX_VALUE, heap), requests);
    }

    private static double extra(ProfileSpec p, double seconds) {
        if (p == null || p.extraRate == null) {
            return 0;
        }
        double length = p.length == null ? seconds : Math.min(seconds, Math.max(0, p.length.seconds()));
        return Math.max(0, p.extraRate.perSecond()) * length;
    }

    /** The catalog's mean object size: each class's mean size weighted by its share of the objects. */
    private static double meanObjectSize(Scenario s, long objects) {
        double weight = 0;
        double sum = 0;
        for (ContentClassSpec c : s.workload.classes) {
            if (c.size == null || c.size.mean == null || c.size.mean.bytes() <= 0) {
                continue;
            }
            double w = c.objects != null ? (double) c.objects / Math.max(1, objects) : Math.max(0, c.share);
            weight += w;
            sum += w * c.size.mean.bytes();
        }
        return weight > 0 && sum > 0 ? sum / weight : 100_000;
    }

    /**
     * The problems that stop a run: more heap than {@code maxHeapBytes}, or a long run without consent.
     * Empty when the run may start.
     */
    public static List<Problem> check(Scenario s, long maxHeapBytes, boolean allowLong) {
        List<Problem> out = new ArrayList<>();
        Estimate e = estimate(s);
        if (e.heapBytes() > maxHeapBytes) {
            long gb = (long) Math.ceil(e.heapBytes() / 1e9);
            out.add(Problem.error(
                    "workload.objects",
                    String.format(
                            Locale.ROOT,
                            "this run needs about %,d GB of heap for %,d objects and the caches, and this Java may use %.1f GB",
                            gb,
                            s.workload.objects,
                            maxHeapBytes / 1e9),
                    String.format(
                            Locale.ROOT,
                            "reduce workload.objects or the cache capacities, or run with -Xmx%dg",
                            gb + 1)));
        }
        if (e.requests() > LONG_RUN_REQUESTS && !allowLong) {
            out.add(Problem.error(
                    "duration",
                    longRun(e.requests(), 1),
                    "shorten the duration or lower the request rates, or pass --allow-long to run it anyway"));
        }
        return out;
    }

    /** Whether runs that simulate {@code requests} in all take long enough to need consent. */
    public static boolean isLong(double requests) {
        return requests > LONG_RUN_REQUESTS;
    }

    /** The sentence that says how long {@code runs} runs simulating {@code requests} in all would take. */
    public static String longRun(double requests, int runs) {
        double minutes = requests / 400_000 / 60;
        String time = minutes < 120
                ? String.format(Locale.ROOT, "%,.0f minutes", minutes)
                : String.format(Locale.ROOT, "%,.0f hours", minutes / 60);
        return String.format(
                Locale.ROOT,
                "%s would simulate about %,.0f requests, which takes long: about %s at 400,000 requests/s",
                runs == 1 ? "this run" : String.format(Locale.ROOT, "these %d runs", runs),
                requests,
                time);
    }
}
