package dev.cdnx.app.editor.gesture;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture on the canvas, from press to release. Only one is active at a time; it gets the
 * drag and release events of the press that started it. Coordinates are in the canvas region.
 */
interface Gesture {

    void drag(MouseEvent e);

    void release(MouseEvent e);

    /** Called when the gesture ends without a release (focus lost, Escape): undo any preview. */
    default void cancel() {}
}
