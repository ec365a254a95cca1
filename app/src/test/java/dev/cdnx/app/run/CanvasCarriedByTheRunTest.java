package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In the main window's set-up (the run's layer in the canvas's overlay, following the viewport), a playing
 * run's raster carries the canvas's static layer (map, links, painted nodes of a large drawing) and the
 * layer is not drawn: the picture under the dots is the same, pixel for pixel; a pan takes the new picture
 * once the view rests; a live node view over the layer (a selection) gives the layer back.
 */
class CanvasCarriedByTheRunTest {

    private static final int W = 800;
    private static final int H = 500;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aPlayingRunCarriesTheStaticLayerOfALargeDrawing() throws Exception {
        Scenario large = FxTestSupport.sample("large-cdn.json");
        EditorViewModel editor = fx(() -> new EditorViewModel(large));
        ManualRunContext manual = new ManualRunContext();
        RunViewModel vm = fx(() -> new RunViewModel(editor.document(), manual.context()));
        try {
            CanvasView canvas = fx(() -> FxTestSupport.canvasOnTheMiddle(editor, W, H));
            assertTrue(fx(canvas::isLarge), "a large drawing: its nodes are painted on the static layer");
            RunOverlay overlay = fx(() -> {
                RunOverlay o = new RunOverlay(vm);
                o.stopFramePulses();
                o.setUnderlay(canvas.runUnderlay());
                Group world = new Group(o);
                Translate t = new Translate();
                Scale s = new Scale();
                t.xProperty().bind(editor.viewport().txProperty());
                t.yProperty().bind(editor.viewport().tyProperty());
                s.xProperty().bind(editor.viewport().scaleProperty());
                s.yProperty().bind(editor.viewport().scaleProperty());
                world.getTransforms().addAll(t, s);
                canvas.overlay().getChildren().add(world);
                return o;
            });
            Canvas staticLayer =
                    fx(() -> (Canvas) canvas.getChildrenUnmodifiable().get(0));
            int[] before = shot(staticLayer);
            var unused = fx(() -> vm.seek(1));
            fxRun(() -> {
                manual.settle(vm);
                vm.play();
                overlay.frame();
            });
            assertTrue(fx(overlay::carriesUnderlay), "the playing run's raster carries the static layer");
            assertFalse(fx(staticLayer::isVisible), "which is not drawn");
            assertSamePicture(before, overlay, editor);

            // A pan: the canvas draws itself while the view moves, and the raster takes the new picture at rest.
            fxRun(() -> {
                editor.viewport().txProperty().set(editor.viewport().tx() + 37);
                canvas.layout();
                overlay.frame();
            });
            assertFalse(fx(overlay::carriesUnderlay), "the view moves: the layer is drawn again");
            assertTrue(fx(staticLayer::isVisible));
            long copies = fx(overlay::groundCopies);
            FxTestSupport.await(
                    () -> {
                        canvas.layout();
                        overlay.frame();
                        return overlay.carriesUnderlay();
                    },
                    10_000);
            assertEquals(copies + 1, fx(overlay::groundCopies), "once at rest, the new picture is taken once");
            fxRun(() -> staticLayer.setVisible(true));
            int[] panned = shot(staticLayer);
            fxRun(() -> staticLayer.setVisible(false));
            assertSamePicture(panned, overlay, editor);

            // A selected node is a live view over the layer: the raster must not hide it.
            fxRun(() -> {
                // a node in the middle of the view (one off screen has no view to show)
                NodeSpec inView = large.topology.nodes.stream()
                        .filter(n -> Math.abs(n.x * editor.viewport().scale()
                                                + editor.viewport().tx()
                                                - W / 2.0)
                                        < W / 3.0
                                && Math.abs(n.y * editor.viewport().scale()
                                                + editor.viewport().ty()
                                                - H / 2.0)
                                        < H / 3.0)
                        .findFirst()
                        .orElseThrow();
                editor.selection().set(java.util.List.of(inView));
                canvas.layout();
                overlay.frame();
            });
            assertFalse(fx(overlay::carriesUnderlay), "a live node view gives the layer back");
            assertTrue(fx(staticLayer::isVisible));
        } finally {
            fxRun(vm::dispose);
        }
    }

    /** The static layer's pixels as on screen (premultiplied; the layer is opaque). */
    private static int[] shot(Node layer) {
        return fx(() -> {
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.TRANSPARENT);
            WritableImage img = layer.snapshot(sp, null);
            int[] px = new int[W * H];
            img.getPixelReader()
                    .getPixels(0, 0, W, H, javafx.scene.image.PixelFormat.getIntArgbPreInstance(), px, 0, W);
            return px;
        });
    }

    /**
     * On a grid of screen points, the raster's starting picture equals the canvas's, but where a node's
     * gauges (rings, badges) are drawn over it.
     */
    private static void assertSamePicture(int[] canvas, RunOverlay overlay, EditorViewModel editor) {
        int points = (W / 10) * (H / 10);
        int same = fx(() -> {
            int n = 0;
            for (int y = 5; y < H; y += 10) {
                for (int x = 5; x < W; x += 10) {
                    int carried = overlay.backgroundPixel(
                            (x + 0.5 - editor.viewport().tx())
                                    / editor.viewport().scale(),
                            (y + 0.5 - editor.viewport().ty())
                                    / editor.viewport().scale());
                    n += carried == canvas[y * W + x] ? 1 : 0;
                }
            }
            return n;
        });
        assertTrue(same > points * 9 / 10, same + " of " + points + " points are the canvas's pixels");
    }
}
