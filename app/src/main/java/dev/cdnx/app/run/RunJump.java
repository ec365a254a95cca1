package dev.cdnx.app.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The seek under way, if any: the engine runs to the target without drawing and the answer comes back on
 * the {@code ui} executor. A restart while it is under way (an edit, or the first change event of a file
 * opened with --play-to) sends it again to the new runner, whose answer is the only one that counts.
 */
final class RunJump {

    private final Executor ui;
    private final ReadOnlyBooleanWrapper seeking;
    /** Completed with the time reached; null when no jump is under way. */
    private CompletableFuture<Double> done;

    private double target;

    RunJump(Object bean, Executor ui) {
        this.ui = ui;
        this.seeking = new ReadOnlyBooleanWrapper(bean, "seeking");
    }

    /** Starts a jump to {@code t} (replacing any under way); send it with {@link #sendTo}. */
    CompletableFuture<Double> begin(double t) {
        seeking.set(true);
        done = new CompletableFuture<>();
        target = t;
        return done;
    }

    boolean underWay() {
        return done != null;
    }

    /**
     * Sends the jump under way to {@code runner}; its answer completes the jump only if the jump and the
     * runner are still the current ones ({@code current}) when it arrives.
     */
    void sendTo(EngineRunner runner, Supplier<EngineRunner> current) {
        CompletableFuture<Double> mine = done;
        var unused = runner.seek(target)
                .thenAccept(reached -> ui.execute(() -> {
                    if (done == mine && current.get() == runner) {
                        finish(reached);
                    }
                }));
    }

    /** Ends the jump under way without an engine to run it (the scenario is too big for the heap). */
    void drop() {
        if (done != null) {
            finish(0.0);
        }
    }

    private void finish(double reached) {
        CompletableFuture<Double> d = done;
        done = null;
        seeking.set(false);
        d.complete(reached);
    }

    ReadOnlyBooleanProperty seekingProperty() {
        return seeking.getReadOnlyProperty();
    }
}
