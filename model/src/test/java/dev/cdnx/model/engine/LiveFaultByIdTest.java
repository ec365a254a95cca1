package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.topology.NodeId;
import org.junit.jupiter.api.Test;

/** Live faults name their node by id; a live fault and the same fault on the timeline give one run. */
class LiveFaultByIdTest {

    @Test
    void aLiveFaultByIdRunsLikeTheSameFaultOnTheTimeline() {
        RunResult scripted = new Simulation(FaultStoriesTest.helloWithOutage("edge-london")).run();

        Simulation live = new Simulation(Samples.load("hello-cdn", "duration=200s"));
        NodeId london = live.nodes().find("edge-london").orElseThrow();
        live.runUntil(100);
        live.setDown(london, true);
        live.runUntil(130);
        live.setDown(london, false);
        RunResult r = live.run();

        assertEquals(scripted.requests(), r.requests());
        assertEquals(scripted.hits(), r.hits());
        assertEquals(scripted.errors(), r.errors());
        assertEquals(scripted.originRequests(), r.originRequests());
        assertTrue(r.errors() > 0, "the outage shows");
    }

    @Test
    void theSnapshotListsGaugesInNodeOrderUnderTheirIds() {
        Simulation sim = new Simulation(Samples.load("hello-cdn", "duration=10s"));
        sim.runUntil(5);
        var gauges = sim.snapshot().nodes();
        assertEquals(sim.nodes().size(), gauges.size());
        for (int i = 0; i < gauges.size(); i++) {
            assertEquals(sim.nodes().id(i), gauges.get(i).id());
        }
        sim.setDown(sim.nodes().find("edge-tokyo").orElseThrow(), true);
        assertTrue(sim.snapshot().nodes().get(sim.nodes().indexOf("edge-tokyo")).down());
    }

    @Test
    void anIdFromAnotherScenarioIsRefusedWithItsName() {
        Simulation sim = new Simulation(Samples.load("hello-cdn", "duration=10s"));
        var e = assertThrows(IllegalArgumentException.class, () -> sim.setDown(new NodeId(0, "elsewhere"), true));
        assertTrue(e.getMessage().contains("elsewhere"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.setProviderDown("no-such-provider", true));
    }
}
