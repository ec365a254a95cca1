package dev.cdnx.app.run;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.util.Subscription;

/** Calls a frame handler once per display frame with the frame's time in nanoseconds, until unsubscribed. */
@FunctionalInterface
public interface PulseSource {

    Subscription start(LongConsumer onFrame);

    /** One frame per JavaFX pulse (about 60 a second), on the FX thread. */
    static PulseSource animationTimer() {
        return onFrame -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onFrame.accept(now);
                }
            };
            timer.start();
            return timer::stop;
        };
    }
}
