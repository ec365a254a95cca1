package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * Rubber-band selection on empty canvas: the nodes inside the rectangle become the selection (added to
 * it with Shift). A click without a drag clears the selection.
 */
final class MarqueeGesture implements Gesture {

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final Rectangle band = new Rectangle();
    private final double x0;
    private final double y0;
    private final boolean additive;

    MarqueeGesture(CanvasView canvas, EditorViewModel vm, MouseEvent press) {
        this.canvas = canvas;
        this.vm = vm;
        this.x0 = press.getX();
        this.y0 = press.getY();
        this.additive = press.isShiftDown() || press.isShortcutDown();
        band.getStyleClass().add(Styles.MARQUEE);
        band.setId("marquee");
        band.setManaged(false);
    }

    @Override
    public void drag(MouseEvent e) {
        if (band.getParent() == null) {
            canvas.overlay().getChildren().add(band);
        }
        band.setX(Math.min(x0, e.getX()));
        band.setY(Math.min(y0, e.getY()));
        band.setWidth(Math.abs(e.getX() - x0));
        band.setHeight(Math.abs(e.getY() - y0));
    }

    @Override
    public void release(MouseEvent e) {
        canvas.overlay().getChildren().remove(band);
        if (band.getWidth() < 3 && band.getHeight() < 3) {
            if (!additive) {
                vm.selection().clear();
            }
            return;
        }
        List<NodeSpec> inside = new ArrayList<>();
        for (NodeView v : canvas.nodeViews()) {
            Point2D p = vm.viewport().toScreen(v.node().x, v.node().y);
            if (band.contains(p)) {
                inside.add(v.node());
            }
        }
        if (additive) {
            vm.selection().add(inside);
        } else {
            vm.selection().set(inside);
        }
        vm.info("Selected " + vm.selection().nodes().size() + " nodes");
    }

    @Override
    public void cancel() {
        canvas.overlay().getChildren().remove(band);
    }
}
