package dev.cdnx.model.lessons;

import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioOverrides;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a step's action on a {@link LessonState} the way the app would after the person acts:
 * used by tests to run every lesson end to end, and by the app's "show me" button.
 */
public final class LessonRunner {

    private LessonRunner() {}

    /** Does the step's action. */
    public static void perform(LessonStep.StepAction a, LessonState state) {
        switch (a.type()) {
            case "run" -> state.setLastRun(new Simulation(state.scenario()).run());
            case "set" ->
                state.setScenario(ScenarioOverrides.apply(state.scenario(), List.of(a.path() + "=" + a.value())));
            case "model" ->
                state.setScenario(ScenarioOverrides.apply(state.scenario(), List.of("delivery.model=" + a.value())));
            case "panel" -> state.panelOpened(a.value());
            default -> throw new IllegalArgumentException("unknown lesson action " + a.type());
        }
    }

    /** The expectations of a step that do not hold yet, with what was found; empty when the step is done. */
    public static List<String> unmet(LessonStep step, LessonState state) {
        List<String> out = new ArrayList<>();
        for (Expectation e : step.expect()) {
            ExpectationChecker.Verdict v = ExpectationChecker.check(e, state);
            if (!v.met()) {
                out.add(e.source() + " " + e.key() + " " + e.op() + " " + (e.value() == null ? "" : e.value())
                        + " (found " + v.found() + ")");
            }
        }
        return out;
    }
}
