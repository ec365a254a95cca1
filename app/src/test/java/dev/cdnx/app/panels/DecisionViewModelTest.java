package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionViewModelTest {

    private static final String PP = DecisionTrees.PULL_PUSH;

    /**
     * The walk of the trees is computed at once; the verdict behind it costs three engine runs per edit. The
     * tests of the walk and of overrides build the panel hidden (no runs); the one test that needs the run's
     * second walk shortens the day to a minute, which answers every question as the full day does.
     */
    private static DecisionViewModel hidden(PanelContext ctx) {
        return new DecisionViewModel(ctx, RunPool.shared(), false);
    }

    @Test
    void editingTheSkewFlipsTheAccessPatternAndThePath() {
        PanelContext ctx = Samples.direct("patch-day", "duration=1m");
        DecisionViewModel vm = new DecisionViewModel(ctx);
        List<String> seen = new ArrayList<>();
        vm.resultsProperty().addListener((o, a, b) -> seen.add(b.get(PP).answerOf("access-pattern")));
        assertEquals("long-tail", vm.result(PP).answerOf("access-pattern"));
        assertTrue(vm.taken(PP, "access-pattern", "long-tail"));
        assertEquals("pull-long-tail", vm.result(PP).recommendation().id());
        assertTrue(
                vm.step(PP, "access-pattern").because().contains("top 20%"),
                vm.step(PP, "access-pattern").because());

        ctx.document().updateSettings(s -> s.workload.alpha = 0.0);

        // The walk comes at once with the new answer, then once more citing the run's figures as the report does.
        assertEquals(List.of("uniform", "uniform"), seen, "two updates per edit, both with the new answer");
        assertEquals("uniform", vm.result(PP).answerOf("access-pattern"));
        assertTrue(vm.taken(PP, "access-pattern", "uniform"));
        assertFalse(vm.taken(PP, "access-pattern", "long-tail"));
        assertEquals("hybrid-even", vm.result(PP).recommendation().id());
    }

    @Test
    void anOverrideIsWrittenToTheScenarioAndSurvivesSaveAndReload(@TempDir Path dir) throws Exception {
        PanelContext ctx = Samples.direct("patch-day");
        DecisionViewModel vm = hidden(ctx);
        vm.override("access-pattern", "uniform");

        DecisionResult.Step step = vm.step(PP, "access-pattern");
        assertTrue(step.overridden());
        assertEquals("uniform", step.answerId());
        assertEquals("long-tail", step.derivedAnswerId());
        assertEquals("uniform", ctx.document().scenario().decisions.overrides.get("access-pattern"));

        Path file = dir.resolve("patch-day-overridden.json");
        ScenarioIO.write(ctx.document().scenario(), file);
        ScenarioDocument reloaded = new ScenarioDocument(ScenarioIO.read(file).orThrow());
        DecisionViewModel again = hidden(PanelContext.direct(reloaded, () -> dir));
        assertEquals("uniform", again.overrideOf("access-pattern"));
        assertTrue(again.step(PP, "access-pattern").overridden());
        assertEquals("hybrid-even", again.result(PP).recommendation().id());

        again.revert("access-pattern");
        assertNull(again.overrideOf("access-pattern"));
        assertFalse(again.step(PP, "access-pattern").overridden());
        assertEquals("pull-long-tail", again.result(PP).recommendation().id());
    }

    @Test
    void editsGoThroughTheSettingsEditorWithAnUndo() {
        PanelContext base = Samples.direct("patch-day");
        RecordingEditor recording = new RecordingEditor(base.document());
        PanelContext ctx = base.withEditor(recording);
        DecisionViewModel vm = hidden(ctx);
        vm.override("catalog-size", "small");
        var question = dev.cdnx.model.decision.DecisionTrees.pullPush().question("catalog-size");
        String small = question.answers().stream()
                .filter(a -> a.id().equals("small"))
                .findFirst()
                .orElseThrow()
                .label();
        // The Undo menu and the Log use the panel's words, not the question's id.
        assertEquals(List.of("Override \u201c" + question.text() + "\u201d: " + small), recording.described);
        assertEquals("push-small", vm.result(PP).recommendation().id());
        recording.stack.undo();
        assertEquals("pull-long-tail", vm.result(PP).recommendation().id());
    }
}
