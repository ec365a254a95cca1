package dev.cdnx.model.timeline;

import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Rate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The events read off a run's per-bucket series up to a time: the first origin fetch after each flash
 * crowd starts, expiry waves (a burst of revalidations far above the minute before it) and origin
 * overload (more origin requests in a bucket than the origins' summed capacity allows). Each stretch of
 * buckets above a threshold is one event, placed at its first bucket. An empty series gives no events.
 */
final class ObservedEvents {

    /** A wave needs at least this many revalidations in one bucket... */
    static final double WAVE_MIN = 20;
    /** ...and this many times the mean of the minute before it. */
    static final double WAVE_FACTOR = 10;

    private final Scenario s;
    private final TimeSeries series;
    private final int buckets;
    private final double width;
    private final List<RunEvent> out = new ArrayList<>();

    private ObservedEvents(Scenario s, TimeSeries series, double upTo) {
        this.s = s;
        this.series = series;
        this.width = series.bucketSeconds();
        this.buckets = Math.max(0, Math.min(series.buckets(), (int) Math.floor(upTo / width)));
    }

    static List<RunEvent> of(Scenario s, TimeSeries series, double upTo) {
        ObservedEvents o = new ObservedEvents(s, series, upTo);
        o.firstOriginFetches();
        o.expiryWaves();
        o.overload();
        return o.out;
    }

    private double[] column(String name) {
        return series.column(name);
    }

    private void firstOriginFetches() {
        double[] origin = column("originRequests");
        Set<String> seen = new LinkedHashSet<>();
        for (NodeSpec n : s.topology.nodes) {
            ProfileSpec p = n.kind == NodeKind.USERS ? n.usersOrDefault().profile : null;
            if (p == null || !"flash".equals(p.type) || p.at == null) {
                continue;
            }
            long object = p.object == null ? 1 : p.object;
            if (!seen.add(object + "@" + p.at.seconds())) {
                continue;
            }
            double end = p.length == null ? s.duration.seconds() : p.at.seconds() + p.length.seconds();
            for (int b = (int) Math.floor(p.at.seconds() / width); b < buckets && b * width < end; b++) {
                if (origin[b] > 0) {
                    long n0 = Math.round(origin[b]);
                    out.add(new RunEvent(
                            b * width,
                            EventKind.FIRST_ORIGIN_FETCH,
                            "the flash crowd on object " + object
                                    + " reaches the origin: " + n0 + (n0 == 1 ? " origin fetch" : " origin fetches")
                                    + " in "
                                    + span() + ", " + flashUsers(p) + " asking",
                            origins()));
                    break;
                }
            }
        }
    }

    private String flashUsers(ProfileSpec p) {
        long count = s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.USERS)
                .filter(n -> same(n.usersOrDefault().profile, p))
                .count();
        return count + (count == 1 ? " users node" : " users nodes");
    }

    private static boolean same(ProfileSpec a, ProfileSpec b) {
        return a != null
                && "flash".equals(a.type)
                && a.at != null
                && a.at.equals(b.at)
                && Objects.equals(a.object, b.object);
    }

    private void expiryWaves() {
        double[] reval = column("revalidations");
        int b = 0;
        while (b < buckets) {
            if (reval[b] < WAVE_MIN || reval[b] < WAVE_FACTOR * meanBefore(reval, b)) {
                b++;
                continue;
            }
            int start = b;
            double sum = 0;
            while (b < buckets && reval[b] >= 1) {
                sum += reval[b];
                b++;
            }
            out.add(new RunEvent(
                    start * width,
                    EventKind.EXPIRY_WAVE,
                    Math.round(sum) + " revalidations within " + seconds((b - start) * width) + " at the edges"
                            + maxAge(),
                    edges()));
        }
    }

    private static double meanBefore(double[] col, int b) {
        int from = Math.max(0, b - 60);
        double sum = 0;
        for (int i = from; i < b; i++) {
            sum += col[i];
        }
        return b == from ? 0 : sum / (b - from);
    }

    private String maxAge() {
        MaxAge age = MaxAge.single(s);
        return age == null ? "" : ": copies stored together run out together (" + age + ")";
    }

    private void overload() {
        double capacity = 0;
        List<String> names = new ArrayList<>();
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.ORIGIN) {
                capacity += n.originOrDefault().capacity.perSecond();
                names.add(n.name);
            }
        }
        if (capacity <= 0) {
            return;
        }
        double[] origin = column("originRequests");
        double[] errors = column("errors");
        boolean over = false;
        for (int b = 0; b < buckets; b++) {
            boolean now = origin[b] / width > capacity;
            if (now && !over) {
                long n0 = Math.round(origin[b]);
                long e = Math.round(errors[b]);
                out.add(new RunEvent(
                        b * width,
                        EventKind.OVERLOAD,
                        n0 + " origin requests in " + span()
                                + " against a capacity of " + Rate.perSecond(capacity) + " (" + String.join(", ", names)
                                + ")" + (e > 0 ? "; " + e + " user errors" : ""),
                        names));
            }
            over = now;
        }
    }

    private String span() {
        return seconds(width);
    }

    private static String seconds(double t) {
        return String.format(Locale.ROOT, "%.0f s", t);
    }

    private List<String> origins() {
        return s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.ORIGIN)
                .map(n -> n.name)
                .toList();
    }

    private List<String> edges() {
        return s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.EDGE)
                .map(n -> n.name)
                .toList();
    }
}
