package dev.cdnx.app.run;

import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Faults applied to a running engine from the canvas (a node's context menu), recorded on the scenario's
 * timeline at the simulated time they took effect, so that a replay of the run repeats them. While it
 * records, {@link #recording()} is true: that edit of the document must not restart the run it describes.
 */
final class LiveFaults {

    private final ScenarioDocument document;
    private boolean recording;

    LiveFaults(ScenarioDocument document) {
        this.document = document;
    }

    /** Takes {@code target} down or up ({@code action} "down" or "up") now; completes with the time, on the FX thread. */
    CompletableFuture<Double> apply(EngineRunner runner, String target, String action) {
        CompletableFuture<Double> done = new CompletableFuture<>();
        runner.setDown(target, "down".equals(action)).whenComplete((t, err) -> Platform.runLater(() -> {
            if (err != null) {
                done.completeExceptionally(err);
                return;
            }
            recording = true;
            try {
                document.updateSettings(s -> s.faults.add(new FaultSpec(SimDuration.ofSeconds(t), target, action)));
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
