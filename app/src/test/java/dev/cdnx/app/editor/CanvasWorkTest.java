package dev.cdnx.app.editor;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The costly steps of the canvas happen once per change, not once per frame of a gesture: a pan or zoom
 * in progress neither places the names again nor re-renders the static layer, even when its frames are
 * far apart (a loaded machine); both happen once when the view comes to rest. The frames are laid out by
 * hand and the pulses carry made-up times, so the counts are exact.
 */
class CanvasWorkTest {

    private static final long MS = 1_000_000L;

    private EditorViewModel vm;
    private CanvasView canvas;
    private long now;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void drawing() {
        fxRun(() -> {
            vm = new EditorViewModel(scenario(300));
            canvas = new CanvasView(vm, false);
            Scene scene = new Scene(canvas, 1000, 600);
            Theme.install(scene);
            canvas.applyCss();
            canvas.layout();
            // 40 selected nodes are live views with names, as in the editor benchmark
            vm.selection().set(new ArrayList<>(vm.scenario().topology.nodes.subList(0, 40)));
            vm.viewport()
                    .fit(new javafx.geometry.Rectangle2D(0, 0, MapProjection.WIDTH, MapProjection.HEIGHT), 1000, 600);
            vm.viewport().scaleProperty().set(0.6);
            frame();
            settleNow();
        });
    }

    private static Scenario scenario(int nodes) {
        Random r = new Random(3);
        Scenario s = new Scenario();
        for (int i = 0; i < nodes; i++) {
            NodeSpec n = new NodeSpec("edge-" + i, i < 10 ? NodeKind.ORIGIN : NodeKind.EDGE);
            n.x = r.nextDouble() * MapProjection.WIDTH;
            n.y = r.nextDouble() * MapProjection.HEIGHT;
            s.topology.nodes.add(n);
        }
        return s;
    }

    /** One frame: the settle detector's pulse, then layout, as a pulse runs them. */
    private void frame() {
        canvas.settlePulse(now);
        canvas.layout();
    }

    /** Lets the view rest: still pulses until well past the quiet time. */
    private void settleNow() {
        for (int i = 0; i < 20; i++) {
            now += 16 * MS;
            frame();
        }
    }

    /** A pan-and-zoom gesture of {@code frames} frames, {@code frameMs} apart. */
    private void gesture(int frames, long frameMs) {
        double s0 = vm.viewport().scale();
        double tx0 = vm.viewport().tx();
        double ty0 = vm.viewport().ty();
        for (int f = 1; f <= frames; f++) {
            now += frameMs * MS;
            vm.viewport().scaleProperty().set(s0 * Math.pow(1.3, Math.sin(f / 10.0)));
            vm.viewport().txProperty().set(tx0 + 150 * Math.sin(f / 7.0));
            vm.viewport().tyProperty().set(ty0 + 60 * Math.cos(f / 9.0));
            frame();
        }
    }

    @Test
    void panFramesDoNotPlaceNamesAgainAndTheRestDoesOnce() {
        long before = fx(() -> canvas.workCounts().placementPasses());
        fxRun(() -> gesture(120, 16));
        long during = fx(() -> canvas.workCounts().placementPasses()) - before;
        assertEquals(0, during, "name placing passes during 120 frames of panning and zooming");
        fxRun(this::settleNow);
        assertEquals(1, fx(() -> canvas.workCounts().placementPasses()) - before, "one pass once the view rests");
    }

    @Test
    void slowPanFramesDoNotReRenderTheStaticLayer() {
        // 250 ms between frames: longer than the quiet time, yet the view moves in every frame.
        long before = fx(() -> canvas.workCounts().staticRenders());
        fxRun(() -> gesture(40, 250));
        long during = fx(() -> canvas.workCounts().staticRenders()) - before;
        assertTrue(
                during <= 2,
                "static layer rendered " + during + " times in 40 slow frames of one gesture"
                        + " (only a zoom beyond x1.6 or a pan past the margin should render it)");
        fxRun(this::settleNow);
        assertEquals(
                during + 1,
                fx(() -> canvas.workCounts().staticRenders()) - before,
                "rendered once more when the view rests");
    }

    /**
     * A pan frame copies the rendered static layer to the screen once, nearest pixel, into a canvas no larger
     * than the view: the renderer then shows that canvas as is, instead of resampling a layer twice the view's
     * size bilinearly in every frame (most of a pan frame's render time before). A frame that leaves the view
     * where it was (a drag) copies nothing.
     */
    @Test
    void panFramesCopyTheLayerNearestPixelIntoAViewSizedCanvasAndStillFramesDoNot() {
        long before = fx(() -> canvas.workCounts().layerCopies());
        boolean[] smoothing = {true};
        fxRun(() -> {
            gesture(120, 16);
            // the bottom child is the static layer
            smoothing[0] = ((javafx.scene.canvas.Canvas)
                            canvas.getChildrenUnmodifiable().get(0))
                    .getGraphicsContext2D()
                    .isImageSmoothing();
            for (javafx.scene.Node n : canvas.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.canvas.Canvas c && c.isVisible()) {
                    assertTrue(
                            c.getWidth() <= canvas.getWidth() && c.getHeight() <= canvas.getHeight(),
                            "a canvas of " + c.getWidth() + " x " + c.getHeight() + " in a view of " + canvas.getWidth()
                                    + " x " + canvas.getHeight());
                    assertTrue(n.getTransforms().isEmpty(), "the canvas on screen is not transformed");
                }
            }
        });
        assertEquals(120, fx(() -> canvas.workCounts().layerCopies()) - before, "copies in 120 pan frames");
        assertTrue(!smoothing[0], "a zoom in progress is copied nearest pixel");

        fxRun(this::settleNow);
        List<NodeSpec> sel = fx(() -> new ArrayList<>(vm.selection().nodes()));
        long still = fx(() -> canvas.workCounts().layerCopies());
        long renders = fx(() -> canvas.workCounts().staticRenders());
        dragFor30Frames(sel);
        long rendered = fx(() -> canvas.workCounts().staticRenders()) - renders;
        assertEquals(
                rendered,
                fx(() -> canvas.workCounts().layerCopies()) - still,
                "a drag copies the layer only when it renders it (the dragged links leave it once)");
    }

    /** Drags {@code sel} 2 px right and 1 px down a frame, for 30 frames of 16 ms, as a mouse drag previews it. */
    private void dragFor30Frames(List<NodeSpec> sel) {
        fxRun(() -> {
            for (int f = 1; f <= 30; f++) {
                now += 16 * MS;
                canvas.preview(java.util.Set.copyOf(sel), f * 2, f);
                frame();
            }
        });
    }

    @Test
    void aDragPlacesTheNamesOnceWhenItEnds() {
        List<NodeSpec> sel = fx(() -> new ArrayList<>(vm.selection().nodes()));
        long before = fx(() -> canvas.workCounts().placementPasses());
        dragFor30Frames(sel);
        assertEquals(0, fx(() -> canvas.workCounts().placementPasses()) - before, "passes during the drag");
        fxRun(() -> {
            canvas.clearPreview();
            frame();
        });
        assertEquals(1, fx(() -> canvas.workCounts().placementPasses()) - before, "one pass when it ends");
    }
}
