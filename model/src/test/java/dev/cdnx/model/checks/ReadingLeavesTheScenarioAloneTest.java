package dev.cdnx.model.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.timeline.RunEvents;
import org.junit.jupiter.api.Test;

/**
 * The checks and the timeline only read the scenario: a steering node written without a steering block
 * keeps having none (reading it through steeringOrDefault() used to add one, so a file saved after the
 * Checks panel or the timeline had looked at it gained a block nobody wrote).
 */
class ReadingLeavesTheScenarioAloneTest {

    private static Scenario withBareSteering() {
        Scenario s = TestScenarios.sample("multi-cdn.json");
        NodeSpec steering = s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.STEERING)
                .findFirst()
                .orElseThrow();
        steering.steering = null;
        return s;
    }

    @Test
    void theChecksAddNoSteeringBlock() {
        Scenario s = withBareSteering();
        String before = ScenarioIO.toJson(s);
        assertFalse(ArchitectureChecks.run(CheckContext.of(s)).isEmpty());
        assertEquals(before, ScenarioIO.toJson(s));
    }

    @Test
    void thePlannedEventsAddNoSteeringBlock() {
        Scenario s = withBareSteering();
        String before = ScenarioIO.toJson(s);
        assertFalse(RunEvents.planned(s).isEmpty(), "multi-cdn plans its provider outage");
        assertEquals(before, ScenarioIO.toJson(s));
        s.topology.nodes.stream().filter(n -> n.kind == NodeKind.STEERING).forEach(n -> assertNull(n.steering));
    }
}
