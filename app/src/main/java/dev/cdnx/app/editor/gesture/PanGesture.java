package dev.cdnx.app.editor.gesture;

import dev.cdnx.app.editor.Viewport;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/** Middle-button drag, or space + drag: moves the view. Not an edit, so not an undo step. */
final class PanGesture implements Gesture {

    private final Viewport vp;
    private final Node surface;
    private double lastX;
    private double lastY;

    PanGesture(Viewport vp, Node surface, MouseEvent press) {
        this.vp = vp;
        this.surface = surface;
        lastX = press.getX();
        lastY = press.getY();
        surface.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void drag(MouseEvent e) {
        vp.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void release(MouseEvent e) {
        surface.setCursor(Cursor.DEFAULT);
    }

    @Override
    public void cancel() {
        surface.setCursor(Cursor.DEFAULT);
    }
}
