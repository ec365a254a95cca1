package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.ScenarioDocument;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While the run plays, the dots' raster carries the picture of the layer under it and that layer is not
 * drawn (the render thread then draws one full-size image a frame instead of two); the picture stays the
 * same, it is taken once and not every frame, and a paused run shows the layer again.
 */
class UnderlayCarriedTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aPlayingRunCarriesTheBackdropAndAPausedOneHandsItBack() throws Exception {
        ManualRunContext manual = new ManualRunContext();
        RunViewModel vm = fx(
                () -> new RunViewModel(new ScenarioDocument(FxTestSupport.sample("hello-cdn.json")), manual.context()));
        try {
            WorldBackdrop backdrop = new WorldBackdrop();
            RunOverlay overlay = fx(() -> {
                backdrop.paint(vm.geometryProperty().get(), false);
                RunOverlay o = new RunOverlay(vm);
                o.stopFramePulses();
                o.setUnderlay(backdrop.underlay());
                new Scene(new Pane(new Group(backdrop, o)), 800, 600);
                return o;
            });
            RunGeometry g = fx(() -> vm.geometryProperty().get());
            // Ground beside the drawing and the middle of the first link, as the backdrop draws them.
            double[][] points = {
                {g.minX - 30, g.minY - 30},
                {(g.x[g.linkFrom[0]] + g.x[g.linkTo[0]]) / 2, (g.y[g.linkFrom[0]] + g.y[g.linkTo[0]]) / 2}
            };
            int[] drawn = fx(() -> {
                SnapshotParameters sp = new SnapshotParameters();
                sp.setFill(Color.TRANSPARENT);
                WritableImage shot = backdrop.snapshot(sp, null);
                int[] px = new int[points.length];
                for (int i = 0; i < points.length; i++) {
                    px[i] = shot.getPixelReader().getArgb((int) Math.floor(points[i][0] - backdrop.getLayoutX()), (int)
                            Math.floor(points[i][1] - backdrop.getLayoutY()));
                }
                return px;
            });
            var unused = fx(() -> vm.seek(1));
            fxRun(() -> {
                manual.settle(vm);
                vm.play();
                overlay.frame();
            });
            assertTrue(fx(vm::isPlaying), "the run plays");
            assertTrue(fx(overlay::carriesUnderlay), "a playing run's raster carries the backdrop");
            assertFalse(fx(backdrop::isVisible), "and the backdrop is not drawn under it");
            int ground = fx(() -> overlay.backgroundPixel(points[0][0], points[0][1]));
            assertEquals(Integer.toHexString(drawn[0]), Integer.toHexString(ground), "the same ground");
            assertEquals(0xFF, ground >>> 24, "an opaque pixel of the backdrop");
            int link = fx(() -> overlay.backgroundPixel(points[1][0], points[1][1]));
            assertTrue(link != ground, "the link is still drawn: " + Integer.toHexString(link));
            // The backdrop on screen sits at a fraction of a pixel, the raster on whole pixels: a line's
            // anti-aliasing may differ by a few levels.
            for (int shift = 0; shift < 32; shift += 8) {
                int want = (drawn[1] >> shift) & 0xFF;
                int got = (link >> shift) & 0xFF;
                assertTrue(
                        Math.abs(want - got) <= 8, Integer.toHexString(drawn[1]) + " vs " + Integer.toHexString(link));
            }

            for (int frame = 0; frame < 10; frame++) {
                fxRun(overlay::frame);
            }
            assertEquals(1, fx(overlay::groundCopies), "the picture is taken once, not every frame");
            fxRun(() -> {
                backdrop.paint(vm.geometryProperty().get(), true);
                overlay.frame();
            });
            assertEquals(2, fx(overlay::groundCopies), "a new picture of the backdrop is taken again");

            fxRun(() -> {
                vm.pause();
                overlay.frame();
            });
            assertFalse(fx(overlay::carriesUnderlay), "a paused run hands the backdrop back");
            assertTrue(fx(backdrop::isVisible), "which is drawn again");
            assertEquals(
                    0, fx(() -> overlay.backgroundPixel(points[0][0], points[0][1])), "and the raster is clear there");
        } finally {
            fxRun(vm::dispose);
        }
    }
}
