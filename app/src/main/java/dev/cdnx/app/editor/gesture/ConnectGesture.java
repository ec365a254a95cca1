package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.NodeSpec;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;

/**
 * Drags a link out of a node's port. While dragging, every node says whether it may be the other end
 * (the model's {@code LinkRules}); over a refused one the status line says why. Releasing on an allowed
 * node adds the link as one step; anywhere else adds nothing.
 */
final class ConnectGesture implements Gesture {

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final NodeSpec from;
    private final Line line = new Line();
    private NodeView hover;

    ConnectGesture(CanvasView canvas, EditorViewModel vm, NodeSpec from) {
        this.canvas = canvas;
        this.vm = vm;
        this.from = from;
        line.getStyleClass().add(Styles.LINK_PREVIEW);
        line.setId("link-preview");
        line.setManaged(false);
        Point2D p = vm.viewport().toScreen(from.x, from.y);
        line.setStartX(p.getX());
        line.setStartY(p.getY());
        line.setEndX(p.getX());
        line.setEndY(p.getY());
        canvas.overlay().getChildren().add(line);
        canvas.setAllLive(true);
        for (NodeView v : canvas.nodeViews()) {
            if (v.node() != from) {
                v.setLinkTarget(vm.linkRefusal(from, v.node()) == null);
            }
        }
        vm.statusProperty().set("Drag to the node " + from.name + " should fetch from");
    }

    @Override
    public void drag(MouseEvent e) {
        line.setEndX(e.getX());
        line.setEndY(e.getY());
        NodeView over = canvas.nodeAt(e.getX(), e.getY());
        if (over != null && over.node() == from) {
            over = null;
        }
        if (over != hover) {
            hover = over;
            String reason = over == null ? null : vm.linkRefusal(from, over.node());
            line.pseudoClassStateChanged(Styles.ALLOWED, over != null && reason == null);
            line.pseudoClassStateChanged(Styles.FORBIDDEN, over != null && reason != null);
            if (over != null) {
                vm.statusProperty()
                        .set(
                                reason == null
                                        ? "Link " + from.name + " → " + over.node().name
                                        : "Not allowed: " + reason);
            }
        }
    }

    @Override
    public void release(MouseEvent e) {
        cancel();
        NodeView target = canvas.nodeAt(e.getX(), e.getY());
        if (target != null && target.node() != from) {
            vm.connect(from, target.node());
        }
    }

    @Override
    public void cancel() {
        canvas.overlay().getChildren().remove(line);
        for (NodeView v : canvas.nodeViews()) {
            v.setLinkTarget(null);
        }
        canvas.setAllLive(false);
    }
}
