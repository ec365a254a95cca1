package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.util.Subscription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A frame listener leaves through the subscription {@code addFrameListener} returns. (The animation
 * benchmark once "removed" the overlay by passing a second {@code overlay::frame}, a different object, so
 * the overlay went on painting on every pulse besides the benchmark's own paint.)
 */
class FrameListenerTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aListenerRemovedThroughItsSubscriptionHearsNoMorePulses() {
        RunViewModel vm = fx(() -> new RunViewModel(new ScenarioDocument(FxTestSupport.sample("hello-cdn.json"))));
        try {
            AtomicInteger gone = new AtomicInteger();
            AtomicInteger staying = new AtomicInteger();
            Subscription leaving = fx(() -> vm.addFrameListener(gone::incrementAndGet));
            fxRun(() -> vm.addFrameListener(staying::incrementAndGet));
            fxRun(vm::catchUp);
            assertEquals(2, gone.get(), "two pulses heard");
            fxRun(leaving::unsubscribe);
            fxRun(vm::catchUp);
            assertEquals(2, gone.get(), "no pulse heard after unsubscribing");
            assertEquals(4, staying.get(), "the other listener still hears them");
        } finally {
            fxRun(vm::dispose);
        }
    }
}
