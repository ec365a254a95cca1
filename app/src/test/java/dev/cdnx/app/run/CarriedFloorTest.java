package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.Scenario;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * While a playing run's raster carries the canvas's static layer, the canvas stops filling its sea under
 * the raster (a full-view fill of the render thread each frame that nothing showed): the raster is opaque
 * over the view, its translucent pixels (dot outlines, miss trails) laid over the sea colour, so the canvas
 * with its fill and without it are the same picture, pixel for pixel, in either theme. A paused run gets the
 * fill back.
 */
class CarriedFloorTest {

    private static final int W = 800;
    private static final int H = 500;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theCanvasFillIsDroppedWhileCarriedAndThePictureStaysTheSame(Theme theme) throws Exception {
        Scenario large = FxTestSupport.sample("large-cdn.json");
        EditorViewModel editor = fx(() -> new EditorViewModel(large));
        ManualRunContext manual = new ManualRunContext();
        RunViewModel vm = fx(() -> new RunViewModel(editor.document(), manual.context()));
        try {
            CanvasView canvas = fx(() -> {
                double cx = large.topology.nodes.stream()
                        .mapToDouble(n -> n.x)
                        .average()
                        .orElse(0);
                double cy = large.topology.nodes.stream()
                        .mapToDouble(n -> n.y)
                        .average()
                        .orElse(0);
                editor.viewport().scaleProperty().set(1);
                editor.viewport().txProperty().set(Math.rint(W / 2.0 - cx));
                editor.viewport().tyProperty().set(Math.rint(H / 2.0 - cy));
                CanvasView c = new CanvasView(editor);
                Theme.select(theme);
                Theme.install(new Scene(c, W, H));
                c.applyCss();
                c.layout();
                return c;
            });
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
            assertTrue(fx(() -> fills(canvas)), "before the run the canvas fills its sea");
            var unused = fx(() -> vm.seek(1));
            fxRun(() -> {
                manual.settle(vm);
                vm.play();
                // dots of every outcome on every link, half-way, misses with their trails
                RunGeometry g = vm.geometryProperty().get();
                double t = vm.simTimeProperty().get();
                for (int l = 0; l < g.links(); l++) {
                    for (int k = 0; k < 3; k++) {
                        vm.dots.addMove(
                                g.linkFrom[l],
                                g.linkTo[l],
                                t - 1 - k * 0.3,
                                t + 1,
                                (byte) ((l + k) % DotClass.COUNT),
                                l * 3L + k);
                    }
                }
                vm.dots.advance(t, 0);
                overlay.frame();
                canvas.applyCss();
            });
            assertTrue(fx(overlay::carriesUnderlay), "the playing run's raster carries the static layer");
            assertTrue(fx(() -> vm.dots.visible) > 100, "dots on the map");
            assertFalse(fx(() -> fills(canvas)), "and the canvas does not fill the sea under it");

            int[] withoutFill = shot(canvas);
            String style = fx(canvas::getStyle);
            fxRun(() -> {
                canvas.setStyle("");
                canvas.applyCss();
            });
            assertTrue(fx(() -> fills(canvas)));
            int[] withFill = shot(canvas);
            int differing = 0;
            for (int p = 0; p < withFill.length; p++) {
                differing += withFill[p] == withoutFill[p] ? 0 : 1;
            }
            assertEquals(0, differing, "pixels that differ without the fill under the raster");
            fxRun(() -> {
                canvas.setStyle(style);
                canvas.applyCss();
            });

            fxRun(() -> {
                vm.pause();
                overlay.frame();
                canvas.applyCss();
            });
            assertFalse(fx(overlay::carriesUnderlay), "paused, the canvas draws its layer again");
            assertTrue(fx(() -> fills(canvas)), "and fills its sea again");
        } finally {
            fxRun(vm::dispose);
            fxRun(() -> Theme.select(Theme.LIGHT));
        }
    }

    private static boolean fills(CanvasView canvas) {
        Background bg = canvas.getBackground();
        return bg != null && !bg.getFills().isEmpty();
    }

    /** The canvas as drawn over nothing (a transparent snapshot): what lies under it would show through. */
    private static int[] shot(CanvasView canvas) {
        return fx(() -> {
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.TRANSPARENT);
            WritableImage img = canvas.snapshot(sp, null);
            int[] px = new int[W * H];
            img.getPixelReader().getPixels(0, 0, W, H, PixelFormat.getIntArgbPreInstance(), px, 0, W);
            return px;
        });
    }
}
