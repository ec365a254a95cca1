package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.BoxView;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Drags a note or a region; a region's nodes (those inside it at the press) move along. The views move
 * live and the release is one undo step; a press without movement only selects (or, the second of a
 * double-click, runs what the controller asked for).
 */
final class BoxMoveGesture implements Gesture {

    private static final double SLOP = 3;

    private final CanvasView canvas;
    private final EditorViewModel vm;
    private final BoxView view;
    private final Set<NodeSpec> inside;
    private final double startX;
    private final double startY;
    /** What a release without movement does (a double-click edits the words). */
    private final Runnable ifStill;

    private boolean moved;

    BoxMoveGesture(CanvasView canvas, EditorViewModel vm, BoxView view, MouseEvent press, Runnable ifStill) {
        this.canvas = canvas;
        this.vm = vm;
        this.view = view;
        this.inside = new LinkedHashSet<>(vm.sketch().nodesIn(view.box()));
        this.startX = press.getX();
        this.startY = press.getY();
        this.ifStill = ifStill;
    }

    @Override
    public void drag(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - startX, e.getY() - startY) < SLOP) {
            return;
        }
        moved = true;
        double s = vm.viewport().scale();
        double dx = (e.getX() - startX) / s;
        double dy = (e.getY() - startY) / s;
        BoxSpec b = view.box();
        view.preview(dx, dy, b.width, b.height);
        if (!inside.isEmpty()) {
            canvas.preview(inside, dx, dy);
        }
    }

    @Override
    public void release(MouseEvent e) {
        canvas.clearPreview();
        if (moved) {
            double s = vm.viewport().scale();
            vm.sketch().moveBy(view.box(), (e.getX() - startX) / s, (e.getY() - startY) / s);
        } else {
            ifStill.run();
        }
    }

    @Override
    public void cancel() {
        canvas.clearPreview();
        BoxSpec b = view.box();
        view.preview(0, 0, b.width, b.height);
    }
}
