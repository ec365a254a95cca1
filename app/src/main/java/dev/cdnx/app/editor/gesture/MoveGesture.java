package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Drags the selected nodes. The view moves live (a preview; the model is untouched), and the release
 * becomes one undo step. A press without movement only selects.
 */
final class MoveGesture implements Gesture {

    private static final double SLOP = 3;

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final Set<NodeSpec> nodes;
    private final double startX;
    private final double startY;
    private boolean moved;

    MoveGesture(CanvasView canvas, EditorViewModel vm, MouseEvent press) {
        this.canvas = canvas;
        this.vm = vm;
        this.nodes = new LinkedHashSet<>(vm.selection().nodes());
        this.startX = press.getX();
        this.startY = press.getY();
    }

    @Override
    public void drag(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - startX, e.getY() - startY) < SLOP) {
            return;
        }
        moved = true;
        double s = vm.viewport().scale();
        canvas.preview(nodes, (e.getX() - startX) / s, (e.getY() - startY) / s);
    }

    @Override
    public void release(MouseEvent e) {
        canvas.clearPreview();
        if (moved) {
            double s = vm.viewport().scale();
            vm.moveBy(new java.util.ArrayList<>(nodes), (e.getX() - startX) / s, (e.getY() - startY) / s);
        }
    }

    @Override
    public void cancel() {
        canvas.clearPreview();
    }
}
