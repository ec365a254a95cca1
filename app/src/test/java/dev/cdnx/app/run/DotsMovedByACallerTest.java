package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.ScenarioDocument;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dots moved by a caller other than the run's pulse (the animation benchmark moves its own) are painted:
 * the overlay once judged "idle" from the view-model's copy of the count, which only the pulse updates, so
 * the benchmark measured an overlay that painted no dots at all (0.03 ms a frame).
 */
class DotsMovedByACallerTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void dotsInTheFieldAreShownWhileTheRunIsPaused() throws Exception {
        // Frames only by hand: a pulse of the (paused) run between the two steps below would move the dot back
        // to the run's time 0, on the disc, and hide the layer again; on a loaded machine one often did.
        ManualRunContext manual = new ManualRunContext();
        RunViewModel vm = fx(
                () -> new RunViewModel(new ScenarioDocument(FxTestSupport.sample("hello-cdn.json")), manual.context()));
        try {
            RunOverlay overlay = fx(() -> {
                RunOverlay o = new RunOverlay(vm);
                new Scene(new Pane(new Group(o)), 800, 600);
                return o;
            });
            fxRun(overlay::frame);
            assertFalse(fx(overlay::dotsShown), "nothing in flight, nothing playing: the layer is hidden");

            fxRun(() -> {
                vm.dots.addMove(0, 1, 0, 2, DotClass.HIT, 1);
                vm.dots.advance(1, 0);
                overlay.frame();
            });
            assertTrue(fx(overlay::dotsShown), "a dot in flight is painted though the run is paused");
        } finally {
            fxRun(vm::dispose);
        }
    }
}
