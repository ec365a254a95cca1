package dev.cdnx.model.traffic;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import dev.cdnx.model.units.TimeOfDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic workload shaped like an imported log, put into a copy of a drawing: the same Zipf α, the
 * same classes in the same proportions with lognormal sizes of the same mean and spread, the log's
 * request rate split over the users nodes by region (requests of regions the drawing has no users in go
 * to its first users node, as in a replay), and a daily swing as deep as the log's busiest hour over its
 * quietest, highest in the log's busiest hour. Scalable: traffic × N multiplies every rate, catalog × N the
 * number of objects.
 *
 * <p>The run's clock reads 00:00 at its start, and the log's hours are UTC, so a run of a day or more has
 * its busiest hour where the log had it. A log without times keeps the drawing's rates (times N).
 */
public final class FittedWorkload {

    private FittedWorkload() {}

    /** The drawing with the workload applied; neither argument is changed. */
    public static Scenario apply(Scenario drawing, Workload w, double trafficScale, double catalogScale) {
        if (!(trafficScale > 0) || !(catalogScale > 0)) {
            throw new IllegalArgumentException(
                    "traffic and catalog scales must be above 0, got " + trafficScale + " and " + catalogScale);
        }
        Scenario s = ScenarioIO.copy(drawing);
        s.workload.objects = Math.max(1, Math.round(w.objects * catalogScale));
        s.workload.alpha = w.zipfAlpha;
        s.workload.classes = classes(drawing, w);
        rates(s, w, trafficScale);
        return s;
    }

    private static List<ContentClassSpec> classes(Scenario drawing, Workload w) {
        List<ContentClassSpec> out = new ArrayList<>();
        for (Workload.ClassStats c : w.classes) {
            ContentClassSpec mine = drawing.workload.contentClass(c.name);
            ContentClassSpec spec = mine != null
                    ? ScenarioIO.mapper().convertValue(ScenarioIO.mapper().valueToTree(mine), ContentClassSpec.class)
                    : new ContentClassSpec(c.name);
            if (mine == null) {
                spec.headers.put("Cache-Control", "public, max-age=86400");
            }
            spec.objects = null;
            spec.share = w.objects == 0 ? 0 : (double) c.objects / w.objects;
            spec.size = size(c);
            out.add(spec);
        }
        return out;
    }

    /** Lognormal sizes whose mean is the class's mean size (the engine's "mean" is the median). */
    static SizeSpec size(Workload.ClassStats c) {
        if (c.sizeSigma <= 0) {
            return SizeSpec.fixed(DataSize.ofBytes(Math.max(1, Math.round(c.meanSize))));
        }
        SizeSpec s = new SizeSpec();
        s.dist = "lognormal";
        s.sigma = c.sizeSigma;
        s.mean = DataSize.ofBytes(Math.max(1, Math.round(c.meanSize / Math.exp(c.sizeSigma * c.sizeSigma / 2))));
        return s;
    }

    private static void rates(Scenario s, Workload w, double scale) {
        UsersByRegion entry = new UsersByRegion(s);
        double span = w.span();
        if (span <= 0) {
            for (int u : entry.users()) {
                NodeSpec n = s.topology.nodes.get(u);
                n.usersOrDefault().rate = Rate.perSecond(n.usersOrDefault().rate.perSecond() * scale);
            }
            return;
        }
        Map<Integer, Long> requestsAt = new HashMap<>();
        for (Workload.RegionStats r : w.regions) {
            requestsAt.merge(entry.nodeFor(r.region), r.requests, Long::sum);
        }
        double amplitude = amplitude(w.hourly, span);
        for (int u : entry.users()) {
            NodeSpec n = s.topology.nodes.get(u);
            double rate = requestsAt.getOrDefault(u, 0L) / span * scale;
            n.usersOrDefault().rate = Rate.perSecond(rate);
            ProfileSpec p = new ProfileSpec(amplitude > 0 ? "diurnal" : "steady");
            if (amplitude > 0) {
                p.amplitude = amplitude;
                p.period = SimDuration.ofSeconds(86400);
                p.peak = w.peak != null ? w.peak : peak(w.hourly, span);
            }
            n.usersOrDefault().profile = p;
        }
    }

    /**
     * The middle of the busiest hour, for logs spanning a day or more (shorter ones have no daily curve to
     * place); else null. A sine peaking there makes that hour the run's busiest too.
     */
    static TimeOfDay peak(double[] hourly, double span) {
        if (span < 86400 - 3600) {
            return null;
        }
        int busiest = 0;
        for (int h = 1; h < hourly.length; h++) {
            if (hourly[h] > hourly[busiest]) {
                busiest = h;
            }
        }
        return hourly[busiest] <= 0 ? null : TimeOfDay.of(busiest, 30);
    }

    /** (busiest − quietest) / (busiest + quietest) hour, for logs spanning a day or more; else 0. */
    static double amplitude(double[] hourly, double span) {
        if (span < 86400 - 3600) {
            return 0;
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double h : hourly) {
            max = Math.max(max, h);
            min = Math.min(min, h);
        }
        return max + min <= 0 ? 0 : Math.round((max - min) / (max + min) * 1000) / 1000.0;
    }
}
