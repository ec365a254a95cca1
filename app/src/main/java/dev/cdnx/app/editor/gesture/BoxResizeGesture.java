package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.BoxView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.BoxSpec;
import javafx.scene.input.MouseEvent;

/** Drags the bottom-right corner of a note or region: a new size, one undo step on release. */
final class BoxResizeGesture implements Gesture {

    private final EditorViewModel vm;
    private final BoxView view;
    private final double startX;
    private final double startY;
    private boolean moved;

    BoxResizeGesture(EditorViewModel vm, BoxView view, MouseEvent press) {
        this.vm = vm;
        this.view = view;
        this.startX = press.getX();
        this.startY = press.getY();
    }

    private double[] size(MouseEvent e) {
        double s = vm.viewport().scale();
        BoxSpec b = view.box();
        return new double[] {
            Math.max(BoxSpec.MIN_SIZE, b.width + (e.getX() - startX) / s),
            Math.max(BoxSpec.MIN_SIZE, b.height + (e.getY() - startY) / s)
        };
    }

    @Override
    public void drag(MouseEvent e) {
        moved = true;
        double[] wh = size(e);
        view.preview(0, 0, wh[0], wh[1]);
    }

    @Override
    public void release(MouseEvent e) {
        if (moved) {
            double[] wh = size(e);
            vm.sketch().resize(view.box(), vm.snap(wh[0]), vm.snap(wh[1]));
        }
    }

    @Override
    public void cancel() {
        BoxSpec b = view.box();
        view.preview(0, 0, b.width, b.height);
    }
}
