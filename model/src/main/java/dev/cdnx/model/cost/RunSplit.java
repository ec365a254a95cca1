package dev.cdnx.model.cost;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's traffic split into what goes on all month and what happened once. Steady traffic (the ranked
 * catalog's requests, fills and re-pushes of changed objects) repeats, so a bill scales it with time. A
 * launch's traffic (the requests, served bytes and fills of every class with its own object count, which
 * only launches ask for) and the first publish of the push set are events: a bill counts them once per
 * launch, however long or short the run. A run without launch classes is all steady, apart from its
 * first publish.
 *
 * <p>Steady fills are measured before the first launch. A launch disturbs them for a while: an overloaded
 * origin refuses some steady fills during it, and caches refill those objects afterwards. Either effect,
 * multiplied up to a month, would swamp the launch itself. When a launch starts at once (nothing before
 * it), the whole run's fills of the steady classes are used. Requests and served bytes are not disturbed
 * by a launch, so they are split by class alone.
 *
 * @param steadyOriginBytes origin bytes sent before the first launch (the steady classes' bytes of the
 *     whole run when there is no time before it)
 * @param steadySeconds the simulated seconds they were sent over
 * @param launchClasses the names of the classes counted as launch traffic, in scenario order
 */
record RunSplit(
        long steadyRequests,
        long launchRequests,
        long steadyServedBytes,
        long launchServedBytes,
        long steadyOriginBytes,
        double steadySeconds,
        long launchOriginBytes,
        long firstPublishBytes,
        long repushedBytes,
        List<String> launchClasses) {

    static RunSplit of(Scenario s, RunResult r) {
        long requests = 0;
        long served = 0;
        long origin = 0;
        List<String> names = new ArrayList<>();
        for (RunResult.ClassTraffic c : r.classTraffic()) {
            ContentClassSpec spec = s.workload.contentClass(c.name());
            if (spec != null && spec.objects != null) {
                requests += c.requests();
                served += c.bytesRequested();
                origin += c.originBytes();
                names.add(c.name());
            }
        }
        long repushed = Math.min(r.repushedBytes(), r.pushedBytes());
        long steadyOrigin = r.originBytes() - origin;
        double steadySeconds = r.simulatedSeconds();
        TimeSeries series = r.series();
        double firstLaunch = Math.min(firstLaunch(s), r.simulatedSeconds());
        if (!names.isEmpty() && series != null && firstLaunch >= series.bucketSeconds()) {
            double before = 0;
            double seconds = 0;
            for (int b = 0;
                    b < series.buckets() && series.bucketStart(b) + series.bucketSeconds() <= firstLaunch;
                    b++) {
                before += series.value(ORIGIN_BYTES, b);
                seconds += series.bucketSeconds();
            }
            steadyOrigin = Math.round(before);
            steadySeconds = seconds;
        }
        return new RunSplit(
                r.requests() - requests,
                requests,
                r.bytesRequested() - served,
                served,
                steadyOrigin,
                steadySeconds,
                origin,
                r.pushedBytes() - repushed,
                repushed,
                List.copyOf(names));
    }

    private static final int ORIGIN_BYTES = TimeSeries.COLUMNS.indexOf("originBytes");

    /** When the first launch starts, in simulated seconds; infinity without one. */
    static double firstLaunch(Scenario s) {
        double first = Double.POSITIVE_INFINITY;
        for (NodeSpec n : s.topology.nodes) {
            ProfileSpec p = n.kind == NodeKind.USERS && n.users != null ? n.users.profile : null;
            if (p != null && "launch".equals(p.type) && p.at != null) {
                first = Math.min(first, p.at.seconds());
            }
        }
        return first;
    }

    /** "the launch of class bundle" (or classes), for explanations. */
    String launchName() {
        return (launchClasses.size() == 1 ? "the launch of class " : "the launches of classes ")
                + String.join(", ", launchClasses);
    }

    boolean hasLaunch() {
        return !launchClasses.isEmpty();
    }
}
