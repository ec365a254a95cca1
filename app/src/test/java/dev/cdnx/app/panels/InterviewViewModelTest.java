package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.app.panels.decision.InterviewViewModel;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interview mode on every sample, without a robot: answering as the scenario does scores full marks and
 * reveals both trees; leaving the path at the first question loses points. The verdict's runs are not
 * needed here, so the background executor drops them.
 */
class InterviewViewModelTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cost-lever",
                "hello-cdn",
                "large-cdn",
                "multi-cdn",
                "patch-day",
                "personalized",
                "query-fragmentation",
                "regional-caches",
                "single-request",
                "thundering-herd",
                "viral-no-shield",
                "viral-shield"
            })
    void answeringAsTheScenarioDoesScoresFullMarks(String sample) {
        ScenarioDocument doc = new ScenarioDocument(Samples.load(sample));
        PanelContext ctx = new PanelContext(
                doc, () -> Samples.file(sample).getParent(), task -> {}, Runnable::run, Duration.ZERO, null);
        DecisionViewModel decisions = new DecisionViewModel(ctx);
        InterviewViewModel vm = new InterviewViewModel(decisions);
        while (vm.questionProperty().get() != null) {
            DecisionTree.Question q = vm.questionProperty().get();
            vm.pick(decisions.result(vm.tree().id()).answerOf(q.id()));
        }
        assertTrue(vm.revealedProperty().get());
        assertEquals(vm.outOf(), vm.score(), sample);
        assertEquals(decisions.trees().size(), vm.endings().size());
        assertNull(vm.verdict(), "the runs were not weighed in this test");

        vm.restart();
        DecisionTree.Question first = vm.questionProperty().get();
        String scenario = decisions.result(vm.tree().id()).answerOf(first.id());
        String other = first.answers().stream()
                .map(DecisionTree.Answer::id)
                .filter(a -> !a.equals(scenario))
                .findFirst()
                .orElseThrow();
        vm.pick(other);
        while (vm.questionProperty().get() != null) {
            vm.pick(vm.questionProperty().get().answers().get(0).id());
        }
        assertTrue(vm.score() < vm.outOf(), sample + ": " + vm.score() + " of " + vm.outOf());
    }
}
