package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.Guides;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Drags the selected nodes. The view moves live (a preview; the model is untouched), and the release
 * becomes one undo step. A press without movement only selects. The node under the pointer snaps to the
 * other nodes' centre lines and to equal spacing in its row or column ({@link Guides}), with the guide
 * drawn; snapping to the grid, when on, replaces the guides, and holding Alt turns them off.
 */
final class MoveGesture implements Gesture {

    private static final double SLOP = 3;
    /** How close (screen pixels) the dragged node must come to a guide to snap to it. */
    static final double GUIDE_TOLERANCE = 6;

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final Set<NodeSpec> nodes;
    private final NodeSpec anchor;
    private final List<double[]> others = new ArrayList<>();
    private final List<Line> guides = new ArrayList<>();
    private final double startX;
    private final double startY;
    private boolean moved;

    MoveGesture(CanvasView canvas, EditorViewModel vm, MouseEvent press) {
        this.canvas = canvas;
        this.vm = vm;
        this.nodes = new LinkedHashSet<>(vm.selection().nodes());
        NodeView hit = canvas.nodeAt(press.getX(), press.getY());
        this.anchor = hit == null ? null : hit.node();
        for (NodeSpec n : vm.scenario().topology.nodes) {
            if (!nodes.contains(n)) {
                others.add(new double[] {n.x, n.y});
            }
        }
        this.startX = press.getX();
        this.startY = press.getY();
    }

    /** The world offset of the drag, snapped to the guides; draws them. */
    private double[] offset(MouseEvent e) {
        double s = vm.viewport().scale();
        double dx = (e.getX() - startX) / s;
        double dy = (e.getY() - startY) / s;
        clearGuides();
        if (anchor == null || vm.snapToGridProperty().get() || e.isAltDown()) {
            return new double[] {dx, dy};
        }
        Guides.Snap snap = Guides.snap(anchor.x + dx, anchor.y + dy, others, GUIDE_TOLERANCE / s);
        for (Guides.Line l : snap.lines()) {
            Point2D a = vm.viewport().toScreen(l.x1(), l.y1());
            Point2D b = vm.viewport().toScreen(l.x2(), l.y2());
            Line line = new Line(a.getX(), a.getY(), b.getX(), b.getY());
            line.getStyleClass().add(l.spacing() ? "cdn-guide-spacing" : "cdn-guide");
            line.getStyleClass().add("cdn-guide");
            line.setId(l.spacing() ? "guide-spacing" : l.x1() == l.x2() ? "guide-vertical" : "guide-horizontal");
            guides.add(line);
        }
        canvas.overlay().getChildren().addAll(guides);
        return new double[] {snap.x() - anchor.x, snap.y() - anchor.y};
    }

    /** The guide lines drawn now (tests look at them). */
    List<Line> guides() {
        return List.copyOf(guides);
    }

    private void clearGuides() {
        canvas.overlay().getChildren().removeAll(guides);
        guides.clear();
    }

    @Override
    public void drag(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - startX, e.getY() - startY) < SLOP) {
            return;
        }
        moved = true;
        double[] d = offset(e);
        canvas.preview(nodes, d[0], d[1]);
    }

    @Override
    public void release(MouseEvent e) {
        canvas.clearPreview();
        if (moved) {
            double[] d = offset(e);
            clearGuides();
            vm.moveBy(new ArrayList<>(nodes), d[0], d[1]);
        }
    }

    @Override
    public void cancel() {
        clearGuides();
        canvas.clearPreview();
    }
}
