package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.compare.CompareViewModel;
import dev.cdnx.app.panels.compare.SweepViewModel;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.app.run.AnsweringAsker;
import org.junit.jupiter.api.Test;

/**
 * Every panel that runs the engine asks the guard first: with a duration of 100,000 days and the question
 * declined, Compare, the sweep, the Decision panel's verdict and the measured cost run nothing and say so.
 */
class RunGuardPanelsTest {

    private final AnsweringAsker no = new AnsweringAsker(false);

    private PanelContext huge() {
        return Samples.direct("hello-cdn", "duration=100000d").withRunGuard(no.guard(2L << 30));
    }

    /**
     * The guard asked (its first question starting with {@code question}), the answer was no, and the panel
     * has no result, is not running, and says why in its status line.
     */
    private void assertAskedThenNothingRan(String question, boolean noResult, boolean running, String status) {
        assertFalse(no.questions.isEmpty(), "the guard asked");
        assertTrue(no.questions.get(0).startsWith(question), no.questions.get(0));
        assertTrue(noResult, "no result");
        assertFalse(running, "not running");
        assertTrue(status.startsWith("Not run: "), status);
    }

    @Test
    void compareRunsNothingWhenDeclined() {
        CompareViewModel vm = new CompareViewModel(huge());
        vm.runNow();
        assertEquals(1, no.questions.size());
        assertAskedThenNothingRan(
                "Compare: ",
                vm.currentProperty().get() == null,
                vm.runningProperty().get(),
                vm.messageProperty().get());
    }

    @Test
    void theSweepRunsNothingWhenDeclined() {
        SweepViewModel vm = new CompareViewModel(huge()).sweep();
        vm.start();
        assertEquals(1, no.questions.size());
        assertAskedThenNothingRan(
                "Sweep: These ",
                vm.rows().isEmpty(),
                vm.runningProperty().get(),
                vm.statusProperty().get());
    }

    @Test
    void theDecisionVerdictRunsNothingWhenDeclined() {
        DecisionViewModel vm = new DecisionViewModel(huge());
        vm.setShowing(true);
        assertTrue(
                no.questions.stream().allMatch(q -> q.startsWith("Decision: These 3 runs")), no.questions.toString());
        assertAskedThenNothingRan(
                "Decision: These 3 runs",
                vm.verdictProperty().get() == null,
                vm.weighing(),
                vm.verdictStatusProperty().get());
    }

    @Test
    void theMeasuredCostRunsNothingWhenDeclined() {
        CostViewModel vm = new CostViewModel(huge());
        assertTrue(vm.measuredProperty().get(), "hello-cdn has no typed volumes: measured");
        assertAskedThenNothingRan(
                "Measured cost: These 3 runs",
                vm.figuresProperty().get() == null,
                vm.runningProperty().get(),
                vm.messageProperty().get());
    }

    @Test
    void theCostPanelAsksOnlyOnceItIsShown() {
        // The shell builds every panel's view-model when a scenario opens: nothing may ask then.
        var panels = new dev.cdnx.app.panels.host.PanelsController(huge());
        assertEquals(java.util.List.of(), no.questions, "built hidden: nobody asked");
        panels.cost().setShowing(true);
        assertTrue(no.questions.stream().noneMatch(q -> q.startsWith("Decision")), no.questions.toString());
        assertFalse(no.questions.isEmpty());
        assertTrue(no.questions.get(0).startsWith("Measured cost: These 3 runs"), no.questions.get(0));
    }
}
