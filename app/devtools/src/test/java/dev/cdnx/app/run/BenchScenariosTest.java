package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.timeline.RunEvent;
import dev.cdnx.model.timeline.RunEvents;
import dev.cdnx.model.validation.ScenarioValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The animation benchmark measures a map with event markers and down nodes, as a user's run has them. */
class BenchScenariosTest {

    @Test
    void theBenchmarkScenarioPutsMarkersOnTheTimelineWhileItIsMeasured() {
        Scenario s = BenchScenarios.large(7);
        List<Problem> faultProblems = new ScenarioValidator(null)
                .validate(s).stream().filter(p -> p.path().startsWith("faults")).toList();
        assertTrue(faultProblems.isEmpty(), "the faults name nodes of the scenario: " + faultProblems);
        List<RunEvent> markers = RunEvents.planned(s);
        assertEquals(BenchScenarios.PLANNED_MARKERS, markers.size());
        assertEquals(300, s.topology.nodes.size());
        long inTheMeasuredSeconds = markers.stream().filter(e -> e.time() < 10).count();
        assertEquals(5, inTheMeasuredSeconds, "downs and ups within the first ten seconds the benchmark plays");
    }
}
