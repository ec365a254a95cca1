package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Decision panel's verdict costs three engine runs; while the panel is hidden an edit starts none of
 * them (on a 500-node drawing they kept one of two cores busy behind the editor and cost it a third of its
 * frame rate), and showing the panel weighs the verdict once. Counts background tasks, no timing.
 */
class DecisionWhileHiddenTest {

    @Test
    void aHiddenPanelOwesTheVerdictUntilItShows() {
        ScenarioDocument doc = new ScenarioDocument(Samples.load("single-request"));
        AtomicInteger runs = new AtomicInteger();
        PanelContext counting = new PanelContext(
                doc,
                () -> null,
                task -> {
                    runs.incrementAndGet();
                    task.run();
                },
                Runnable::run,
                Duration.ZERO,
                null);
        DecisionViewModel vm = new DecisionViewModel(counting);
        assertEquals(1, runs.get(), "weighed once on opening");

        vm.setShowing(false);
        doc.updateSettings(s -> s.seed = 11);
        doc.updateSettings(s -> s.seed = 12);
        assertEquals(1, runs.get(), "no runs for edits made while the panel is hidden");
        assertNull(vm.verdictProperty().get(), "no stale verdict either");
        assertEquals(
                "The verdict is weighed when this panel is open.",
                vm.verdictStatusProperty().get());

        vm.setShowing(true);
        assertEquals(2, runs.get(), "weighed once when the panel shows");
        assertNotNull(vm.verdictProperty().get(), vm.verdictStatusProperty().get());
        vm.setShowing(false);
        vm.setShowing(true);
        assertEquals(2, runs.get(), "nothing owed, nothing run again");
    }
}
