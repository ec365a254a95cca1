package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.PurgeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import org.junit.jupiter.api.Test;

/** Timeline features of the engine: purge, pre-warm, stale-if-error, push coverage. */
class EngineFeaturesTest {

    @Test
    void purgeByTagEmptiesTheCachesAfterItsPropagationDelay() {
        Scenario s = Samples.load(
                "single-request",
                "duration=120s",
                "topology.nodes[0].users.rate=2/s",
                "workload.classes[0].tags=[\"images\"]");
        RunResult before = new Simulation(s).run();
        PurgeSpec p = new PurgeSpec();
        p.at = SimDuration.ofSeconds(60);
        p.by = "tag";
        p.value = "images";
        p.propagation = SimDuration.ofSeconds(5);
        s.purges.add(p);
        RunResult after = new Simulation(s).run();
        assertEquals(1, before.originRequests());
        assertEquals(2, after.originRequests(), "the purged object is fetched again once");
        assertEquals(before.requests(), after.requests());
    }

    @Test
    void prewarmFillsTheEdgesBeforeTheFirstUser() {
        Scenario cold = Samples.load("viral-shield");
        Scenario warm =
                Samples.load("viral-shield", "delivery.prewarm={\"enabled\": true, \"at\": \"10s\", \"objects\": 1}");
        RunResult c = new Simulation(cold).run();
        RunResult w = new Simulation(warm).run();
        assertTrue(w.hitRatio() > c.hitRatio(), c.hitRatio() + " → " + w.hitRatio());
        assertEquals(1, w.originRequests(), "the 200 warm-up fetches meet at the shield: one origin fetch");
        assertEquals(w.requests(), w.hits(), "every user request hits a pre-warmed edge");
    }

    @Test
    void staleIfErrorServesTheOldCopyWhenTheOriginIsDown() {
        Scenario s = Samples.load(
                "single-request",
                "duration=300s",
                "topology.nodes[0].users.rate=1/s",
                "workload.classes[0].headers={\"Cache-Control\": \"public, max-age=60, stale-if-error=600\", \"ETag\": \"\\\"a\\\"\"}");
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(30), "origin-us-east", "down"));
        RunResult r = new Simulation(s).run();
        assertEquals(0, r.errors(), "no user sees the outage");
        assertTrue(r.staleServed() > 0);
        Scenario noSie = Samples.load(
                "single-request",
                "duration=300s",
                "topology.nodes[0].users.rate=1/s",
                "workload.classes[0].headers={\"Cache-Control\": \"public, max-age=60\", \"ETag\": \"\\\"a\\\"\"}");
        noSie.faults.add(new FaultSpec(SimDuration.ofSeconds(30), "origin-us-east", "down"));
        assertTrue(new Simulation(noSie).run().errors() > 0, "without stale-if-error users see errors");
    }

    @Test
    void pushCoverageRisesAtThePushBandwidth() {
        Scenario s = Samples.load("patch-day", "duration=40s", "delivery.push.bandwidth=\"1 Gbps\"");
        RunResult r = new Simulation(s).run();
        // 40 GB at 125 MB/s takes 320 s; after 40 s an eighth is verified.
        assertEquals(40.0 / 320.0, r.pushCoverage(), 1e-9);
    }

    @Test
    void theOriginGaugeIsStrainedWhenTheOriginIsDown() {
        Scenario s = Samples.load("single-request", "duration=60s");
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(10), "origin-us-east", "down"));
        Simulation sim = new Simulation(s);
        sim.runUntil(5);
        assertTrue(sim.snapshot().nodes().stream().noneMatch(LiveSnapshot.NodeGauge::strained));
        sim.runUntil(20);
        assertTrue(sim.snapshot().nodes().stream().anyMatch(g -> g.name().equals("origin-us-east") && g.strained()));
    }
}
