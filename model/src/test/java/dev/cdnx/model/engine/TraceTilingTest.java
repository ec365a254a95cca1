package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A followed request's hops tile its latency exactly: the first starts when the user sends, each starts
 * where the one before it ended, the last ends when the user has the answer — with no gap and no overlap,
 * on every path a request can take (hits, misses through tiers, queues, coalescing, stale-if-error, errors).
 */
class TraceTilingTest {

    static void assertTiles(RequestTrace t) {
        assertTrue(t.complete(), "request #" + t.id() + " ended");
        List<RequestTrace.Hop> hops = t.hops();
        assertTrue(!hops.isEmpty(), "request #" + t.id() + " has hops");
        assertEquals(t.start(), hops.get(0).start(), 0.0, "request #" + t.id() + " starts with its first hop");
        for (int i = 1; i < hops.size(); i++) {
            assertEquals(
                    hops.get(i - 1).end(),
                    hops.get(i).start(),
                    0.0,
                    "request #" + t.id() + ": hop " + i + " starts where hop " + (i - 1) + " ends: " + hops);
        }
        for (RequestTrace.Hop h : hops) {
            assertTrue(h.end() >= h.start(), "request #" + t.id() + ": no hop ends before it starts: " + h);
        }
        double lastEndMs = (hops.get(hops.size() - 1).end() - t.start()) * 1000;
        assertEquals(t.latencyMs(), lastEndMs, 0.0, "request #" + t.id() + " ends with its last hop: " + hops);
    }

    private static Set<Outcome> followAndCheck(Scenario s, double from, int n) {
        Simulation sim = new Simulation(s);
        sim.runUntil(from);
        sim.followFirst(n);
        sim.run();
        List<RequestTrace> traces = sim.followed();
        assertEquals(n, traces.size());
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        for (RequestTrace t : traces) {
            assertTiles(t);
            seen.add(t.outcome());
        }
        return seen;
    }

    @Test
    void helloCdnHitsMissesAndRevalidationsTile() {
        Set<Outcome> seen = followAndCheck(Samples.load("hello-cdn", "duration=400s"), 300, 3000);
        assertTrue(
                seen.containsAll(EnumSet.of(Outcome.HIT, Outcome.MISS, Outcome.REVALIDATED, Outcome.STALE)), "" + seen);
    }

    @Test
    void staleIfErrorAndErrorsTileWhileTheOriginIsDown() {
        Set<Outcome> seen = followAndCheck(FaultStoriesTest.helloWithOutage("origin-us-east"), 100, 2000);
        assertTrue(seen.containsAll(EnumSet.of(Outcome.STALE_IF_ERROR, Outcome.ERROR)), "" + seen);
    }

    @Test
    void queuedRefusedAndCoalescedRequestsTile() {
        Set<Outcome> herd = followAndCheck(Samples.load("thundering-herd", "duration=3610s"), 3599, 3000);
        assertTrue(herd.contains(Outcome.ERROR), "" + herd);
        Set<Outcome> viral = followAndCheck(Samples.load("viral-shield"), 0, 400);
        assertTrue(viral.contains(Outcome.COALESCED), "" + viral);
    }

    @Test
    void requestsThatReachNoEdgeTile() {
        Set<Outcome> seen = followAndCheck(Samples.load("multi-cdn"), 300, 3000);
        assertTrue(seen.contains(Outcome.ERROR), "" + seen);
    }

    @Test
    void theUsersLegTakesHalfTheUsersRoundTrip() {
        Simulation sim = new Simulation(Samples.load("hello-cdn", "duration=30s"));
        sim.followFirst(50);
        sim.run();
        for (RequestTrace t : sim.followed()) {
            RequestTrace.Hop request = t.hops().get(0);
            assertEquals(HopKind.REQUEST, request.kind());
            assertEquals(10.0, (request.end() - request.start()) * 1000, 1e-9, "20 ms links: 10 ms each way");
            RequestTrace.Hop toUser = t.hops().get(t.hops().size() - 1);
            assertEquals(HopKind.TO_USER, toUser.kind());
            assertEquals(11.0, (toUser.end() - toUser.start()) * 1000, 1e-9, "1 ms at the edge, 10 ms back");
        }
    }
}
