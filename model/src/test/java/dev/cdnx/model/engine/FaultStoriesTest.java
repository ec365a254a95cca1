package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
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
        assertEquals(242, r.node("shield-chicago").staleIfError(), "the shield's own count (one answer had two waiters)");
        // Every error left is a request for an object no cache on its path holds.
        assertEquals(1022, r.errors());
        double inWindow = 0;
        for (int b = 100; b < 131; b++) {
            inWindow += r.series().value(TimeSeries.STALE_IF_ERROR, b);
        }
        assertEquals(r.staleIfError(), inWindow, "only while the origin is down");
    }

    @Test
    void withoutStaleIfErrorTheSameCopiesBecomeErrors() {
        RunResult with = new Simulation(helloWithOutage("origin-us-east")).run();
        RunResult without = new Simulation(helloWithOutage("origin-us-east",
                "workload.classes[2].headers={\"Cache-Control\": \"public, s-maxage=10\", \"ETag\": \"\\\"a1\\\"\"}"))
                .run();
        assertEquals(0, without.staleIfError());
        assertTrue(without.errors() >= with.errors() + with.staleIfError() - 5,
                "the stale answers turn into errors: " + with.errors() + " + " + with.staleIfError() + " vs "
                        + without.errors());
    }
}
