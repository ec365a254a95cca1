package dev.cdnx.app.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one undo history of the open document. Executing a command clears the redo side. The stack also
 * remembers the point where the document was last saved, so {@link #dirtyProperty()} says whether there
 * are unsaved changes (undoing back to the saved point makes it clean again). A document whose content
 * is in no file (recovered work) is {@link #markUnsaved() marked unsaved} without any step in the history.
 * At most {@value #LIMIT} steps are kept; the oldest goes first.
 */
public final class CommandStack {

    /** How many undo steps are kept. */
    public static final int LIMIT = 500;

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    /** The command on top of the undo side when the document was saved; null = the empty history. */
    private Command savedAt;

    private boolean savedReachable = true;

    /**
     * Executes a command and records it as the newest undo step; returns false, doing nothing, when the
     * command is not {@link Command#isExecutable() executable}.
     */
    public boolean execute(Command c) {
        if (!c.isExecutable()) {
            return false;
        }
        c.execute();
        undo.push(c);
        if (undo.size() > LIMIT) {
            Command dropped = undo.removeLast();
            if (dropped == savedAt) {
                savedReachable = false;
            }
        }
        if (!redo.isEmpty() && redo.contains(savedAt)) {
            savedReachable = false;
        }
        redo.clear();
        refresh();
        return true;
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Command c = undo.pop();
        c.undo();
        redo.push(c);
        refresh();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Command c = redo.pop();
        c.execute();
        undo.push(c);
        refresh();
    }

    /** Forgets all history (a new or reopened document); the document counts as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        markSaved();
    }

    /**
     * The present content is in no file (recovered from an autosave): dirty until the next
     * {@link #markSaved()}, whatever is undone or redone in between.
     */
    public void markUnsaved() {
        savedReachable = false;
        refresh();
    }

    /** Records the present state as saved. */
    public void markSaved() {
        savedAt = undo.peek();
        savedReachable = true;
        refresh();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
        dirty.set(!savedReachable || undo.peek() != savedAt);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return canUndo.get();
    }

    public boolean canRedo() {
        return canRedo.get();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public int size() {
        return undo.size();
    }
}
