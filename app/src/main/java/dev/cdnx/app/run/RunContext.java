package dev.cdnx.app.run;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * What the live run's view-model is given rather than reaching for: where results from the engine's thread
 * are published ({@code ui}, the FX thread in the program) and what drives the display's frames
 * ({@code pulses}, the animation timer). Tests pass a queue they drain and frames they fire by hand, so
 * they wait on nothing but the engine.
 */
public record RunContext(Executor ui, PulseSource pulses) {

    public RunContext {
        Objects.requireNonNull(ui);
        Objects.requireNonNull(pulses);
    }

    /** The program's: the FX thread and one frame per JavaFX pulse. */
    public static RunContext fx() {
        return new RunContext(Platform::runLater, PulseSource.animationTimer());
    }
}
