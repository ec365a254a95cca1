package dev.cdnx.app.editor;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live node views of a large drawing sit on whole screen pixels (so the renderer copies their cached
 * bitmaps instead of resampling them), and the hover that makes a painted node live holds while the
 * pointer is on the node's port, wherever the rounding put it: that is where a link is dragged from.
 */
class LiveViewPlacementTest {

    private EditorViewModel vm;
    private CanvasView canvas;
    private NodeSpec node;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void largeDrawing() {
        fxRun(() -> {
            Random r = new Random(5);
            Scenario s = new Scenario();
            for (int i = 0; i < 300; i++) {
                NodeSpec n = new NodeSpec("edge-" + i, NodeKind.EDGE);
                n.x = 900 + r.nextDouble() * (MapProjection.WIDTH - 900);
                n.y = r.nextDouble() * MapProjection.HEIGHT;
                s.topology.nodes.add(n);
            }
            // alone in its corner of the map, on a fractional world position
            node = new NodeSpec("lonely", NodeKind.ORIGIN);
            node.x = 300.3;
            node.y = 200.6;
            s.topology.nodes.add(node);
            vm = new EditorViewModel(s);
            canvas = new CanvasView(vm, false);
            Scene scene = new Scene(canvas, 1000, 600);
            Theme.install(scene);
            canvas.applyCss();
            canvas.layout();
        });
    }

    @Test
    void liveViewsSitOnWholePixels() {
        fxRun(() -> {
            vm.selection().set(new ArrayList<>(vm.scenario().topology.nodes.subList(0, 60)));
            vm.viewport().scaleProperty().set(0.737);
            vm.viewport().txProperty().set(13.37);
            vm.viewport().tyProperty().set(7.61);
            canvas.layout();
        });
        List<String> offPixel = new ArrayList<>();
        int shown = fx(() -> {
            int count = 0;
            for (NodeView v : canvas.nodeViews()) {
                if (v.isVisible()) {
                    count++;
                    if (v.getLayoutX() != Math.rint(v.getLayoutX()) || v.getLayoutY() != Math.rint(v.getLayoutY())) {
                        offPixel.add(v.getId() + " at " + v.getLayoutX() + ", " + v.getLayoutY());
                    }
                }
            }
            return count;
        });
        assertEquals(List.of(), offPixel, "live views between pixels");
        assertTrue(shown > 10, "only " + shown + " live views to check");
    }

    @Test
    void aHoveredNodeStaysLiveWhileThePointerIsOnItsPort() {
        fxRun(() -> {
            assertTrue(canvas.isLarge());
            vm.viewport().txProperty().set(0.4);
            vm.viewport().tyProperty().set(0.3);
            canvas.layout();
        });
        NodeView view = fx(() -> canvas.viewOf(node));
        assertFalse(fx(view::isVisible), "painted, not a view, until hovered");
        fxRun(() -> {
            Point2D centre = vm.viewport().toScreen(node.x, node.y);
            move(canvas, canvas.localToScene(centre));
        });
        assertTrue(fx(view::isVisible), "hovered node is live");
        fxRun(() -> {
            // the outer half of the port: farther from the node's centre than the disc test reaches
            Point2D onPort = view.port().localToScene(view.port().getCenterX() + 3, 0);
            move(view.port(), onPort);
        });
        assertTrue(fx(view::isVisible), "the node went back to being painted with the pointer on its port");
        fxRun(() -> move(canvas, canvas.localToScene(900, 500)));
        assertFalse(fx(view::isVisible), "the pointer left the node");
    }

    /** A mouse move at a scene point that the scene picked as {@code picked}, then the pulse's layout. */
    private void move(EventTarget picked, Point2D scene) {
        double x = scene.getX();
        double y = scene.getY();
        MouseEvent e = new MouseEvent(
                MouseEvent.MOUSE_MOVED,
                x,
                y,
                x,
                y,
                MouseButton.NONE,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                new PickResult(picked, x, y));
        Event.fireEvent(picked, e);
        canvas.layout();
    }
}
