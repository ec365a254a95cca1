package dev.cdnx.model.cost;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.ContentClassSpec;
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
 * @param launchClasses the names of the classes counted as launch traffic, in scenario order
 */
record RunSplit(long steadyRequests, long launchRequests, long steadyServedBytes, long launchServedBytes,
        long steadyOriginBytes, long launchOriginBytes, long firstPublishBytes, long repushedBytes,
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
        return new RunSplit(r.requests() - requests, requests, r.bytesRequested() - served, served,
                r.originBytes() - origin, origin, r.pushedBytes() - repushed, repushed, List.copyOf(names));
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
