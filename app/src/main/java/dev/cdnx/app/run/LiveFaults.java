package dev.cdnx.app.run;

import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Faults applied to a running engine from the canvas (a node's context menu), recorded on the scenario's
 * timeline at the simulated time they took effect, so that a replay of the run repeats them. The record is
 * an edit like any other: through the {@link Recorder} the shell gives, it is one undoable step that the
 * Log lists and that marks the file changed. While it records, {@link #recording()} is true: that edit of
 * the document must not restart the run it describes. (Undoing it does restart: the run without the
 * fault is another run.)
 */
final class LiveFaults {

    /** How a fault reaches the scenario: the shell routes it through its command stack. */
    @FunctionalInterface
    interface Recorder {
        void record(String description, Consumer<Scenario> change);
    }

    private final ScenarioDocument document;
    private final Executor ui;
    private Recorder recorder;
    private boolean recording;

    /** @param ui where the engine's answer is handled (the FX thread in the program) */
    LiveFaults(ScenarioDocument document, Executor ui) {
        this.document = document;
        this.ui = ui;
        this.recorder = (description, change) -> document.updateSettings(change);
    }

    void setRecorder(Recorder r) {
        recorder = r != null ? r : (description, change) -> document.updateSettings(change);
    }

    /** Takes {@code target} down or up now; completes with the time, on the ui executor. */
    CompletableFuture<Double> apply(EngineRunner runner, String target, FaultAction action) {
        CompletableFuture<Double> done = new CompletableFuture<>();
        boolean down = action == FaultAction.DOWN;
        var unused = runner.setDown(target, down)
                .whenComplete((t, err) -> ui.execute(() -> {
                    if (err != null) {
                        done.completeExceptionally(err);
                        return;
                    }
                    SimDuration at = SimDuration.ofSeconds(t);
                    recording = true;
                    try {
                        recorder.record(
                                (down ? "Take " + target + " down" : "Bring " + target + " up") + " at " + at,
                                s -> s.faults.add(new FaultSpec(at, target, action)));
                    } finally {
                        recording = false;
                    }
                    done.complete(t);
                }));
        return done;
    }

    boolean recording() {
        return recording;
    }
}
