package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.topology.NodeId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an observer hears of a followed request: hop kinds in order, each leg timed where it really is. */
class EngineObserverTest {

    private record Heard(NodeId from, NodeId to, double depart, double arrive, HopKind kind) {}

    @Test
    void aRateFollowsAtMostThatManyRequestsPerSimulatedSecondEvenlySpread() {
        Simulation sim = new Simulation(Samples.load("hello-cdn", "duration=60s"));
        List<Double> starts = new ArrayList<>();
        sim.setObserverAtRate(
                new EngineObserver() {
                    @Override
                    public void requestFinished(RequestTrace trace) {
                        starts.add(trace.hops().get(0).end());
                    }
                },
                2);
        RunResult r = sim.run();
        assertTrue(r.requests() > 60 * 20, "traffic is far above the sampling rate: " + r.requests());
        assertTrue(starts.size() >= 110 && starts.size() <= 120, "about 2 a second for 60 s: " + starts.size());
        for (double t : new double[] {0, 15, 30, 45}) {
            long inSecond = starts.stream().filter(s -> s >= t && s < t + 1).count();
            assertTrue(inSecond <= 2, "at most 2 in [" + t + ", " + (t + 1) + "): " + inSecond);
        }
        assertThrows(IllegalArgumentException.class, () -> sim.setObserverAtRate(new EngineObserver() {}, 0));
    }

    @Test
    void aColdMissIsHeardHopByHopWithAnswersTimedFromWhenTheyLeave() {
        Simulation sim = new Simulation(Samples.load("single-request", "duration=10s"));
        List<Heard> heard = new ArrayList<>();
        sim.setObserver(
                new EngineObserver() {
                    @Override
                    public void hop(
                            RequestTrace trace, NodeId from, NodeId to, double depart, double arrive, HopKind kind) {
                        if (trace.id() == 1) {
                            heard.add(new Heard(from, to, depart, arrive, kind));
                        }
                    }
                },
                1);
        sim.run();

        assertEquals(
                List.of(HopKind.REQUEST, HopKind.FETCH, HopKind.ORIGIN_SENDS, HopKind.RESPONSE, HopKind.TO_USER),
                heard.stream().map(Heard::kind).toList());
        Heard fetch = heard.get(1);
        Heard sends = heard.get(2);
        Heard response = heard.get(3);
        NodeId tokyo = sim.nodes().find("edge-tokyo").orElseThrow();
        NodeId origin = sim.nodes().find("origin-us-east").orElseThrow();
        assertEquals(tokyo, fetch.from());
        assertEquals(origin, fetch.to());
        assertEquals(origin, response.from());
        assertEquals(tokyo, response.to());
        assertEquals(
                Samples.load("single-request").topology.nodes.get(tokyo.index()).name,
                "edge-tokyo",
                "an id is the node's place in the scenario's list");
        assertEquals(sends.arrive(), response.depart(), 1e-12, "the answer leaves the origin when it is served");
        assertEquals(0.020, sends.arrive() - sends.depart(), 1e-12, "the origin's 20 ms service time");
        double halfRtt = response.arrive() - response.depart();
        assertEquals(
                halfRtt + 2 * 2 * halfRtt,
                fetch.arrive() - fetch.depart(),
                1e-12,
                "back over the same link in half a round trip; the fetch also opened the connection (2 round trips)");
        for (int i = 1; i < heard.size(); i++) {
            assertTrue(heard.get(i).depart() >= heard.get(i - 1).depart() - 1e-12, "hops in time order: " + heard);
            assertTrue(heard.get(i).arrive() >= heard.get(i).depart(), "no hop arrives before it leaves");
        }
    }
}
