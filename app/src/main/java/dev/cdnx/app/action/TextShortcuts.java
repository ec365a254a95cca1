package dev.cdnx.app.action;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Editing shortcuts belong to the text being typed. A menu accelerator such as Ctrl+A fires from the
 * menu bar wherever the focus is, so without this a person selecting the text of a field would select
 * every node of the drawing instead. When a text field or area (or a spinner's or combo box's editor) has the focus, the shortcuts that edit
 * text (select all, copy, cut, paste, undo, redo, delete) act on that text and not on the drawing.
 */
public final class TextShortcuts {

    private static final Consumer<TextInputControl> UNDO = TextInputControl::undo;
    private static final Consumer<TextInputControl> REDO = TextInputControl::redo;
    private static final Map<KeyCombination, Consumer<TextInputControl>> TEXT_EDITS = Map.of(
            KeyCombination.valueOf("Shortcut+A"), TextInputControl::selectAll,
            KeyCombination.valueOf("Shortcut+C"), TextInputControl::copy,
            KeyCombination.valueOf("Shortcut+X"), TextInputControl::cut,
            KeyCombination.valueOf("Shortcut+V"), TextInputControl::paste,
            KeyCombination.valueOf("Shortcut+Z"), TextShortcuts.UNDO,
            KeyCombination.valueOf("Shortcut+Shift+Z"), TextShortcuts.REDO,
            KeyCombination.valueOf("Shortcut+Y"), TextShortcuts.REDO,
            KeyCombination.valueOf("Delete"), TextShortcuts::deleteForward);

    private TextShortcuts() {}

    /**
     * Runs the text edit of {@code accelerator} on the focused text input of the focused window, if there
     * is one and the accelerator edits text.
     *
     * @return true when the shortcut went to the text (the caller must then not run its own action)
     */
    public static boolean sendToFocusedText(KeyCombination accelerator) {
        return accelerator != null && sendTo(focusedNode(), accelerator);
    }

    /** The same for a given focus owner (tests, and callers that know it). */
    static boolean sendTo(Node focusOwner, KeyCombination accelerator) {
        Consumer<TextInputControl> edit = TEXT_EDITS.get(accelerator);
        TextInputControl text = textOf(focusOwner);
        if (edit == null || text == null || (!text.isEditable() && !isCopy(accelerator))) {
            return false;
        }
        // A field with nothing of its own to undo (or redo) passes the shortcut on to the drawing: after
        // a property edit the focus stays in the field, and a quick Ctrl+Z, Ctrl+Y series lost presses there.
        if ((edit == UNDO && !text.isUndoable()) || (edit == REDO && !text.isRedoable())) {
            return false;
        }
        edit.accept(text);
        return true;
    }

    /** The text a focused control types into: itself, or the editor of a spinner or editable combo box. */
    private static TextInputControl textOf(Node focusOwner) {
        if (focusOwner instanceof TextInputControl t) {
            return t;
        }
        if (focusOwner instanceof Spinner<?> spinner) {
            return spinner.getEditor();
        }
        if (focusOwner instanceof ComboBox<?> combo && combo.isEditable()) {
            return combo.getEditor();
        }
        return null;
    }

    private static boolean isCopy(KeyCombination k) {
        return k.equals(KeyCombination.valueOf("Shortcut+C")) || k.equals(KeyCombination.valueOf("Shortcut+A"));
    }

    private static void deleteForward(TextInputControl t) {
        if (t.getSelection().getLength() > 0) {
            t.deleteText(t.getSelection());
        } else {
            t.deleteNextChar();
        }
    }

    private static Node focusedNode() {
        for (Window w : Window.getWindows()) {
            if (w.isFocused() && w.getScene() != null && w.getScene().getFocusOwner() != null) {
                return w.getScene().getFocusOwner();
            }
        }
        // A menu's own popup has the focus while it is open: the text is in the window that owns it.
        for (Window w : Window.getWindows()) {
            Node owner = w.getScene() == null ? null : w.getScene().getFocusOwner();
            if (textOf(owner) != null && owner.isFocused()) {
                return owner;
            }
        }
        return null;
    }
}
