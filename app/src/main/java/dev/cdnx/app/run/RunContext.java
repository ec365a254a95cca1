package dev.cdnx.app.run;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * What the live run's view-model is given rather than reaching for: where results from the engine's thread
 * are published ({@code ui}, the FX thread in the program), what drives the display's frames
 * ({@code pulses}, the animation timer) and what looks at a run before it plays ({@code guard}: dialogs in
 * the program; without one, long runs are declined). Tests pass a queue they drain and frames they fire
 * by hand, so they wait on nothing but the engine.
 */
public record RunContext(Executor ui, PulseSource pulses, RunGuard guard) {

    public RunContext {
        Objects.requireNonNull(ui);
        Objects.requireNonNull(pulses);
        guard = guard == null ? RunGuard.declining() : guard;
    }

    public RunContext(Executor ui, PulseSource pulses) {
        this(ui, pulses, null);
    }

    /** The program's: the FX thread, one frame per JavaFX pulse, and questions in dialogs. */
    public static RunContext fx() {
        return new RunContext(Platform::runLater, PulseSource.animationTimer(), RunGuardDialogs.guard());
    }
}
