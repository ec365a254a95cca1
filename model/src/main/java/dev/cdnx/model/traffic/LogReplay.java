package dev.cdnx.model.traffic;

import dev.cdnx.model.engine.ReplayRequests;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a log through a drawing: the log's requests in order, each at its time (measured from the
 * log's first request) and entering at the users node of its region ({@link UsersByRegion}). The run's
 * catalog is the log's objects, each with its largest logged size and its class; classes the drawing
 * defines keep their headers, others are cached for a day. The run lasts until the last request plus
 * a minute. A request logged earlier than the one before it is replayed at that one's time; a log
 * without times is replayed one request a millisecond.
 */
public final class LogReplay {

    /** Seconds between requests of a log that has no times. */
    static final double UNTIMED_GAP = 0.001;

    private LogReplay() {}

    /** The prepared replay: the scenario to run and the requests to feed it. */
    public record Prepared(Scenario scenario, ReplayRequests requests, Workload workload) {}

    /** Reads {@code log} and prepares it for a run on {@code drawing} (which is not changed). */
    public static Prepared prepare(Scenario drawing, Path log, ImportOptions options, ImportListener listener)
            throws IOException {
        UsersByRegion entry = new UsersByRegion(drawing);
        ReplayRequests.Builder requests = new ReplayRequests.Builder(ContentClasses.ALL);
        double[] clock = {Double.NaN, 0, 0};
        Workload w = TrafficImport.run(log, options, listener, (r, object, catalog) -> {
            double t;
            if (Double.isNaN(r.time)) {
                t = clock[2]++ * UNTIMED_GAP;
            } else {
                if (Double.isNaN(clock[0])) {
                    clock[0] = r.time;
                }
                t = Math.max(clock[1], r.time - clock[0]);
            }
            clock[1] = t;
            requests.add(t, entry.nodeFor(catalog.region(r)), object);
            requests.object(object, catalog.size(object), catalog.classOf(object));
        });
        Scenario s = ScenarioIO.copy(drawing);
        fitCatalog(s, (int) w.objects);
        s.duration = SimDuration.ofSeconds(Math.ceil(clock[1]) + 60);
        return new Prepared(s, requests.build(), w);
    }

    /** Runs a prepared replay to the end. */
    public static Result run(Prepared p) {
        Simulation sim = new Simulation(p.scenario(), p.requests());
        RunResult r = sim.run();
        return new Result(r, Comparison.of(p.workload(), r, sim.edgeTalliesByRegion()));
    }

    /** A replay's totals and its comparison with the log. */
    public record Result(RunResult run, Comparison comparison) {}

    /** Makes the scenario's catalog the log's: {@code objects} objects in the six import classes. */
    static void fitCatalog(Scenario s, int objects) {
        List<ContentClassSpec> classes = new ArrayList<>();
        for (String name : ContentClasses.ALL) {
            ContentClassSpec mine = s.workload.contentClass(name);
            ContentClassSpec c = mine != null ? mine : new ContentClassSpec(name);
            if (mine == null) {
                c.headers.put("Cache-Control", "public, max-age=86400");
            }
            c.objects = null;
            c.share = 1.0 / ContentClasses.ALL.size();
            classes.add(c);
        }
        s.workload.classes = classes;
        s.workload.objects = Math.max(1, objects);
    }
}
