package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.HeadSize;
import dev.cdnx.model.engine.FollowedJson;
import dev.cdnx.model.engine.RequestTrace;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.timeline.RunEvent;
import dev.cdnx.model.timeline.RunEvents;
import dev.cdnx.model.units.DataSize;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cdnx simulate FILE}: one run, totals as a table or JSON. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Run a scenario through the engine and print hit ratios, origin load, latency and more.")
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    WorkloadOptions imported;

    @Option(names = "--json", description = "Print the totals as JSON.")
    boolean json;

    @Option(
            names = "--events",
            description = "Also list the run's events (faults, failovers, flash crowds, expiry"
                    + " waves, overload...): with --json as \"events\", else one line each.")
    boolean events;

    @Option(
            names = "--follow",
            paramLabel = "N",
            description = "Follow the first N requests hop by hop and print them (with --json: as \"followed\").")
    int follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (follow < 0) {
            spec.commandLine()
                    .getErr()
                    .println("--follow: the number of requests must be 0 or more, got " + follow + "; e.g. --follow 5");
            return 2;
        }
        imported.check();
        Scenario s = scenario.load();
        java.nio.file.Path workloadFile = imported.workloadFile(s, scenario.file);
        if (workloadFile != null) {
            var run = imported.prepare(s, workloadFile);
            if (run.replay() != null) {
                return WorkloadOptions.replay(
                        run, workloadFile, json, spec.commandLine().getOut());
            }
            s = run.scenario();
        }
        long start = System.nanoTime();
        Simulation sim = new Simulation(s);
        sim.followFirst(follow);
        RunResult r = sim.run();
        double wall = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = RunResultJson.toMap(r, wall);
            if (events) {
                m.put("events", RunEvents.toJson(RunEvents.of(s, r)));
            }
            if (follow > 0) {
                m.put("followed", FollowedJson.toList(sim.followed()));
            }
            out.println(ScenarioIO.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(m));
        } else {
            printTable(out, r, wall);
            printFollowed(out, sim.followed());
            if (events) {
                for (RunEvent e : RunEvents.of(s, r)) {
                    out.printf(Locale.ROOT, "  event at %8.1f s  %s%n", e.time(), e.line());
                }
            }
            if (s.delivery.model == DeliveryModel.HYBRID) {
                // The head the engine pushed, in the words the bill and the run bar use.
                out.println("  hybrid head       "
                        + HeadSize.of(s, new CatalogEstimate(s.workload)).how());
            }
        }
        out.flush();
        return 0;
    }

    static void printFollowed(PrintWriter out, List<RequestTrace> traces) {
        for (RequestTrace t : traces) {
            out.printf(
                    Locale.ROOT,
                    "  request #%d from %s at %.3f s: %s, %.1f ms%n",
                    t.id(),
                    t.users(),
                    t.start(),
                    t.complete() ? t.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-') : "in flight",
                    t.latencyMs());
            for (RequestTrace.Hop h : t.hops()) {
                String where = h.from().equals(h.to()) ? "at " + h.from() : h.from() + " -> " + h.to();
                out.printf(
                        Locale.ROOT,
                        "    %8.1f - %8.1f ms  %s: %s%n",
                        (h.start() - t.start()) * 1000,
                        (h.end() - t.start()) * 1000,
                        where,
                        h.what());
            }
        }
    }

    static void printTable(PrintWriter out, RunResult r, double wall) {
        out.printf(
                Locale.ROOT,
                "%s — %s, seed %d, %.0f s simulated%n",
                r.scenario(),
                r.model(),
                r.seed(),
                r.simulatedSeconds());
        out.printf(Locale.ROOT, "  requests          %,d (hits %,d, misses %,d)%n", r.requests(), r.hits(), r.misses());
        out.printf(
                Locale.ROOT,
                "  hit ratio         %.2f%%   byte hit ratio %.2f%%%n",
                100 * r.hitRatio(),
                100 * r.byteHitRatio());
        out.printf(
                Locale.ROOT,
                "  origin            %,d requests, %s, peak %,d req/s%n",
                r.originRequests(),
                DataSize.ofBytes(r.originBytes()).toHumanString(),
                r.peakOriginRequestsPerSecond());
        if (r.originRefused() > 0) {
            out.printf(
                    Locale.ROOT,
                    "                    %,d refused (queue full): a refused fetch fails its user and the cache "
                            + "asks again on its next request, so the origin requests above include those repeats%n",
                    r.originRefused());
        }
        out.printf(
                Locale.ROOT,
                "  revalidations     %,d   coalesced %,d   stale served %,d (on error %,d)   errors %,d%n",
                r.revalidations(),
                r.coalesced(),
                r.staleServed(),
                r.staleIfError(),
                r.errors());
        out.printf(
                Locale.ROOT,
                "  latency           p50 %.1f ms   p95 %.1f ms   p99 %.1f ms%n",
                r.latencyMs().p50(),
                r.latencyMs().p95(),
                r.latencyMs().p99());
        if (r.pushTargets() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  push              coverage %.1f%%, %s pinned, %s pushed to %d targets%n",
                    100 * r.pushCoverage(),
                    DataSize.ofBytes(r.pinnedBytes()).toHumanString(),
                    DataSize.ofBytes(r.pushedBytes()).toHumanString(),
                    r.pushTargets());
        }
        out.printf(
                Locale.ROOT,
                "  tiers             edge %.2f%% of %,d   shield %.2f%% of %,d%n",
                100 * r.edgeTier().hitRatio(),
                r.edgeTier().requests(),
                100 * r.shieldTier().hitRatio(),
                r.shieldTier().requests());
        out.printf(
                Locale.ROOT,
                "  speed             %.2f s wall, %,.0f requests/s%n",
                wall,
                wall > 0 ? r.requests() / wall : 0);
    }
}
