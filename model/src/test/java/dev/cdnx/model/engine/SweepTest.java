package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.io.ScenarioException;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep is one run per value on the same seed; several fields can change together. */
class SweepTest {

    @Test
    void eachPointEqualsARunOfItsOwnVariant() {
        Scenario base = Samples.load("single-request", "duration=60s", "topology.nodes[0].users.rate=5/s");
        List<Sweep.Point> points = Sweep.run(
                base,
                List.of("short", "long"),
                List.of(
                        List.of("policy.ttl=\"10s\"", "policy.ttlJitter=\"0s\""),
                        List.of("policy.ttl=\"1h\"", "policy.ttlJitter=\"0s\"")),
                done -> {},
                () -> false);
        assertEquals(2, points.size());
        for (Sweep.Point p : points) {
            RunResult direct = new Simulation(p.scenario()).run();
            assertEquals(direct.originRequests(), p.result().originRequests(), p.value());
            assertEquals(direct.requests(), p.result().requests(), "same seed, same traffic");
        }
        assertTrue(
                points.get(0).result().originRequests() > points.get(1).result().originRequests(),
                "a short TTL sends more requests to the origin");
    }

    @Test
    void aValueThatDoesNotFitFailsBeforeAnyRun() {
        Scenario base = Samples.load("single-request", "duration=10s");
        int[] runs = {0};
        assertThrows(
                ScenarioException.class,
                () -> Sweep.run(base, "policy.ttl", List.of("10s", "soon"), done -> runs[0] = done, () -> false));
        assertEquals(0, runs[0]);
    }

    @Test
    void aCancelIsHeardWithinARunNotAfterIt() {
        Scenario base = Samples.load("hello-cdn");
        int[] asked = {0};
        // Cancelled from the second question on: the first run must stop part way, not finish.
        List<Sweep.Point> points = Sweep.run(
                base,
                List.of("0s", "60s"),
                List.of(List.of("policy.ttlJitter=\"0s\""), List.of("policy.ttlJitter=\"60s\"")),
                n -> {},
                () -> ++asked[0] >= 2,
                RunPool.sequential());
        assertTrue(points.isEmpty(), "no point finished: " + points.size());
        assertEquals(2, asked[0], "asked once more, inside the first run, and stopped there");
    }

    @Test
    void runningInSlicesGivesTheSameRunAsOneGo() {
        Scenario base = Samples.load("hello-cdn");
        RunResult sliced = Sweep.runUnlessCancelled(new Simulation(base), () -> false);
        RunResult whole = new Simulation(base).run();
        assertEquals(whole.requests(), sliced.requests());
        assertEquals(whole.hits(), sliced.hits());
        assertEquals(whole.originRequests(), sliced.originRequests());
        assertEquals(whole.bytesHit(), sliced.bytesHit());
        assertEquals(whole.latencyMs(), sliced.latencyMs());
    }
}
