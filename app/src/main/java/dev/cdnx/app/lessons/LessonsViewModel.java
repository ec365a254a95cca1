package dev.cdnx.app.lessons;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.lessons.Expectation;
import dev.cdnx.model.lessons.ExpectationChecker;
import dev.cdnx.model.lessons.Lesson;
import dev.cdnx.model.lessons.LessonState;
import dev.cdnx.model.lessons.LessonStep;
import dev.cdnx.model.lessons.Lessons;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the lesson browser (SPEC S6, S7): the list of lessons, the open lesson, its
 * current step and the live check of that step's expectations against a {@link LessonState} kept in
 * sync by the host's callbacks. "Show me" carries out the step's action through the {@link LessonHost};
 * when a step's expectations all hold, its notice shows and its highlight is sent to the host once.
 *
 * <p>FX thread only; touches no node. Opening a lesson loads its sample into the shell's document through
 * the {@code openSample} consumer (the file name, e.g. {@code viral-shield.json}).
 */
public final class LessonsViewModel {

    private final LessonHost host;
    private final Consumer<String> openSample;
    private final ObservableList<Lesson> lessons =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(Lessons.lessons()));
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ObservableList<CheckLine> checks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper stepMet = new ReadOnlyBooleanWrapper(this, "stepMet");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete");
    private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
    private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper(this, "stepLabel", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper glossaryRequest = new ReadOnlyStringWrapper(this, "glossaryRequest");

    private LessonState state;
    private boolean[] highlighted = new boolean[0];

    public LessonsViewModel(LessonHost host, Consumer<String> openSample) {
        this.host = host;
        this.openSample = openSample;
    }

    // ---- commands ---------------------------------------------------------------------------------

    /** Opens a lesson at its first step and loads its sample into the shell. */
    public void open(Lesson l) {
        state = new LessonState(Samples.load(l.sample()));
        highlighted = new boolean[l.steps().size()];
        complete.set(false);
        busy.set(false);
        message.set("");
        lesson.set(l);
        openSample.accept(l.sample());
        host.highlight(null, null);
        goTo(0);
    }

    /** Opens the lesson with that id; false when there is none. */
    public boolean open(String lessonId) {
        for (Lesson l : lessons) {
            if (l.id().equals(lessonId)) {
                open(l);
                return true;
            }
        }
        return false;
    }

    /** Back to the list; clears the highlight. */
    public void close() {
        if (lesson.get() != null) {
            host.highlight(null, null);
        }
        lesson.set(null);
        state = null;
        step.set(null);
        stepIndex.set(-1);
        checks.clear();
        stepMet.set(false);
        complete.set(false);
        busy.set(false);
        refreshNavigation();
    }

    public void next() {
        if (canNext.get()) {
            goTo(stepIndex.get() + 1);
        }
    }

    public void back() {
        if (canBack.get()) {
            goTo(stepIndex.get() - 1);
        }
    }

    /** Carries out the current step's action through the host, as the person would. */
    public void showMe() {
        LessonStep s = step.get();
        if (s == null || busy.get()) {
            return;
        }
        LessonStep.StepAction a = s.action();
        message.set("");
        LessonStep.Highlight h = s.highlight();
        if (h != null && "node".equals(h.kind())) {
            // The node the step talks about goes on screen before the story plays, not after it.
            host.highlight(h.kind(), h.target());
        }
        try {
            switch (a.type()) {
                case "run" -> {
                    busy.set(true);
                    host.runToEnd();
                }
                case "set" -> host.setField(a.path(), a.value());
                case "model" -> host.setModel(a.value());
                case "panel" -> host.openPanel(a.value());
                default -> message.set("This step asks for something the program cannot do for you: " + a.type());
            }
        } catch (RuntimeException e) {
            busy.set(false);
            message.set("Could not do it for you: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Loads a sample into the shell without opening a lesson (the interview cards' "Open the scenario"). */
    public void openSample(String sampleName) {
        openSample.accept(sampleName);
    }

    /** Asks the view to show a glossary term (the lessons' term links call this). */
    public void showTerm(String term) {
        glossaryRequest.set(null);
        glossaryRequest.set(term);
    }

    // ---- host callbacks -----------------------------------------------------------------------------

    /** The shell's scenario changed (an edit, a model switch, a replaced document); the last run is stale. */
    public void scenarioChanged(Scenario s) {
        if (state != null) {
            state.setScenario(s);
            recheck();
        }
    }

    /** A run of the current scenario reached its end. */
    public void runFinished(RunResult r) {
        busy.set(false);
        if (state != null) {
            state.setLastRun(r);
            recheck();
        }
    }

    /** The run could not finish (the host's engine failed); ends the wait of "Show me". */
    public void runFailed(String why) {
        busy.set(false);
        message.set("The run did not finish: " + why);
    }

    /** The person opened a bottom panel. */
    public void panelOpened(String name) {
        if (state != null) {
            state.panelOpened(name);
            recheck();
        }
    }

    // ---- state ---------------------------------------------------------------------------------------

    private void goTo(int i) {
        Lesson l = lesson.get();
        stepIndex.set(i);
        step.set(l.steps().get(i));
        stepLabel.set("Step " + (i + 1) + " of " + l.steps().size());
        recheck();
    }

    private void recheck() {
        LessonStep s = step.get();
        if (s == null || state == null) {
            return;
        }
        List<CheckLine> lines = new ArrayList<>();
        boolean all = true;
        for (Expectation e : s.expect()) {
            ExpectationChecker.Verdict v = ExpectationChecker.check(e, state);
            all &= v.met();
            lines.add(new CheckLine(ExpectationText.wanted(e), v.met(), ExpectationText.status(e, v)));
        }
        checks.setAll(lines);
        stepMet.set(all);
        int i = stepIndex.get();
        int n = lesson.get().steps().size();
        if (all && !highlighted[i]) {
            highlighted[i] = true;
            LessonStep.Highlight h = s.highlight();
            if (h != null) {
                host.highlight(h.kind(), h.target());
            }
        }
        if (all && i == n - 1) {
            complete.set(true);
        }
        progress.set((i + (all ? 1.0 : 0.0)) / n);
        refreshNavigation();
    }

    private void refreshNavigation() {
        Lesson l = lesson.get();
        int i = stepIndex.get();
        canBack.set(l != null && i > 0);
        canNext.set(l != null && stepMet.get() && i < l.steps().size() - 1);
    }

    /** The lesson state the checks read (null when no lesson is open); for the host's and tests' eyes. */
    public LessonState state() {
        return state;
    }

    // ---- properties ----------------------------------------------------------------------------------

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The current step's expectations with their live status. */
    public ObservableList<CheckLine> checks() {
        return checks;
    }

    public ReadOnlyBooleanProperty stepMetProperty() {
        return stepMet.getReadOnlyProperty();
    }

    /** True while "Show me" waits for a run to finish. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the last step's expectations held. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNextProperty() {
        return canNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canBackProperty() {
        return canBack.getReadOnlyProperty();
    }

    /** Steps done over steps, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Step 2 of 3". */
    public ReadOnlyStringProperty stepLabelProperty() {
        return stepLabel.getReadOnlyProperty();
    }

    /** A friendly line when "Show me" could not act; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last glossary term a lesson asked to show (fires on every request). */
    public ReadOnlyStringProperty glossaryRequestProperty() {
        return glossaryRequest.getReadOnlyProperty();
    }
}
