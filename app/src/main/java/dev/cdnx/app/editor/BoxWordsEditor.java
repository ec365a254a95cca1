package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.BoxSpec;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Edits a note's text or a region's label in place: a text field over the box. Enter (or leaving the
 * field) keeps the words as one undo step; Escape leaves them as they were.
 */
public final class BoxWordsEditor {

    private BoxWordsEditor() {}

    /** Opens the field over a box and focuses it; returns it (tests type into it). */
    public static TextField edit(CanvasView canvas, BoxSpec box) {
        EditorViewModel vm = canvas.viewModel();
        canvas.overlay().getChildren().removeIf(n -> "box-words-editor".equals(n.getId()));
        TextField field = new TextField(box.words());
        field.setId("box-words-editor");
        field.setAccessibleText("Text of the " + (box instanceof dev.cdnx.model.scenario.NoteSpec ? "note" : "region"));
        Point2D at = vm.viewport().toScreen(box.x, box.y);
        field.relocate(Math.max(0, at.getX()), Math.max(0, at.getY()));
        field.setPrefWidth(Math.max(160, box.width * vm.viewport().scale()));
        field.resize(field.getPrefWidth(), 28);
        boolean[] done = {false};
        Runnable close = () -> {
            canvas.overlay().getChildren().remove(field);
            canvas.requestFocus();
        };
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                done[0] = true;
                vm.sketch().reword(box, field.getText());
                close.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                close.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && !done[0]) {
                done[0] = true;
                vm.sketch().reword(box, field.getText());
                canvas.overlay().getChildren().remove(field);
            }
        });
        canvas.overlay().getChildren().add(field);
        field.requestFocus();
        field.selectAll();
        return field;
    }
}
