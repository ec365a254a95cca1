package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.TopologyGraph;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** hello-cdn with a node down from 100 s to 130 s: what users see, with the figures pinned. */
class FaultStoriesTest {

    static Scenario helloWithOutage(String target, String... sets) {
        String[] all = new String[sets.length + 1];
        all[0] = "duration=200s";
        System.arraycopy(sets, 0, all, 1, sets.length);
        Scenario s = Samples.load("hello-cdn", all);
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(100), target, "down"));
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(130), target, "up"));
        return s;
    }

    @Test
    void withTheOriginDownTheShieldServesApiCopiesStaleIfError() {
        RunResult r = new Simulation(helloWithOutage("origin-us-east")).run();
        // api sends s-maxage=10, stale-if-error=300: the shield's expired copies answer for the dead origin,
        // and the edges' users count them as stale-if-error, not as plain misses or revalidations.
        assertEquals(243, r.staleIfError());
        assertEquals(r.staleIfError(), r.staleServed(), "nothing else is stale within 200 s");
        assertEquals(
                242, r.node("shield-chicago").staleIfError(), "the shield's own count (one answer had two waiters)");
        // Every error left is a request for an object no cache on its path holds.
        assertEquals(1022, r.errors());
        double inWindow = 0;
        for (int b = 100; b < 131; b++) {
            inWindow += r.series().value(TimeSeries.STALE_IF_ERROR, b);
        }
        assertEquals((double) r.staleIfError(), inWindow, "only while the origin is down");
    }

    @Test
    void withoutStaleIfErrorTheSameCopiesBecomeErrors() {
        RunResult with = new Simulation(helloWithOutage("origin-us-east")).run();
        RunResult without = new Simulation(
                        helloWithOutage(
                                "origin-us-east",
                                "workload.classes[2].headers={\"Cache-Control\": \"public, s-maxage=10\", \"ETag\": \"\\\"a1\\\"\"}"))
                .run();
        assertEquals(0, without.staleIfError());
        assertTrue(
                without.errors() >= with.errors() + with.staleIfError() - 5,
                "the stale answers turn into errors: " + with.errors() + " + " + with.staleIfError() + " vs "
                        + without.errors());
    }

    @Test
    void withEdgeLondonDownItsUsersReachTheNextNearestEdgeAtTheLongerRoundTrip() {
        Scenario s = helloWithOutage("edge-london");
        Simulation sim = new Simulation(s);
        List<RequestTrace> london = new ArrayList<>();
        sim.setObserver(
                new EngineObserver() {
                    @Override
                    public void requestFinished(RequestTrace t) {
                        if (t.users().name().equals("users-london")) {
                            london.add(t);
                        }
                    }
                },
                1);
        RunResult r = sim.run();

        assertEquals(3, r.errors(), "only the requests inside edge-london when it went down (1,262 without failover)");
        TopologyGraph g = new TopologyGraph(s.topology);
        double linkedMs = g.rttBetweenMs(s.topology.node("users-london"), s.topology.node("edge-london"));
        double failoverMs = g.rttBetweenMs(s.topology.node("users-london"), s.topology.node("edge-los-angeles"));
        assertEquals(20, linkedMs, 1e-9);
        assertEquals(118.2, failoverMs, 0.1, "Los Angeles, the next-nearest edge, is farther");
        Set<String> edgesInOutage = new HashSet<>();
        int hitsInOutage = 0;
        for (RequestTrace t : london) {
            double arrivesAtEdge = t.hops().get(0).end();
            String edge = t.hops().get(0).to().name();
            if (arrivesAtEdge > 100.01 && arrivesAtEdge < 129.99) {
                edgesInOutage.add(edge);
                if (t.outcome() == Outcome.HIT) {
                    hitsInOutage++;
                    assertEquals(failoverMs + 1, t.latencyMs(), 1e-6, "a hit pays the failover edge's round trip");
                }
            } else if (arrivesAtEdge < 99.99 && t.outcome() == Outcome.HIT) {
                assertEquals(linkedMs + 1, t.latencyMs(), 1e-6, "before the outage a hit costs 21 ms");
            }
        }
        assertEquals(Set.of("edge-los-angeles"), edgesInOutage);
        assertTrue(hitsInOutage > 100, "hits during the outage: " + hitsInOutage);
    }

    @Test
    void withAnycastFailoverOffTheUsersOfTheDeadEdgeFail() {
        RunResult r = new Simulation(helloWithOutage("edge-london", "topology.anycastFailover=false")).run();
        assertEquals(1262, r.errors(), "a single-PoP design: every London request in the 30 s fails");
        RunResult on = new Simulation(helloWithOutage("edge-london", "topology.anycastFailover=true")).run();
        assertEquals(3, on.errors());
    }
}
