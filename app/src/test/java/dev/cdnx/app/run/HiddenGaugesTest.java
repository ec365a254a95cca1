package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.ScenarioDocument;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before the run has started, the cache rings are hidden and a zoom does not paint them: a hidden canvas
 * still rasterises whatever it is sent, and the editor's zoom gestures repainted the rings of every cache
 * ten times a second (in the 500-node editor benchmark, most of the render thread's work while zooming).
 */
class HiddenGaugesTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aZoomBeforeTheRunStartsPaintsNoRings() throws Exception {
        RunViewModel vm = fx(() -> new RunViewModel(new ScenarioDocument(FxTestSupport.sample("hello-cdn.json"))));
        try {
            Scale zoom = new Scale(1, 1);
            RunOverlay overlay = fx(() -> {
                RunOverlay o = new RunOverlay(vm);
                Group world = new Group(o);
                world.getTransforms().add(zoom);
                new Scene(new Pane(world), 800, 600);
                return o;
            });
            for (int i = 1; i <= 12; i++) {
                double k = 1 + 0.1 * i;
                fxRun(() -> {
                    zoom.setX(k);
                    zoom.setY(k);
                    overlay.frame();
                });
            }
            assertEquals(0, (long) fx(overlay::gaugePaints), "rings hidden at time 0, never painted");

            fxRun(vm::stepRequest);
            FxTestSupport.settle(vm);
            assertTrue(fx(() -> vm.simTimeProperty().get() > 0), "the run has time now");
            fxRun(() -> {
                zoom.setX(0.5);
                zoom.setY(0.5);
                overlay.frame();
            });
            assertTrue(fx(overlay::gaugePaints) >= 1, "once the run has time, the rings are painted");
        } finally {
            fxRun(vm::dispose);
        }
    }
}
