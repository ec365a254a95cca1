package dev.cdnx.app.command;

/**
 * One undoable edit of the scenario. {@link #execute()} is called once when the edit is made and again
 * on redo; {@link #undo()} puts everything back as it was before the last {@code execute}.
 */
public interface Command {

    void execute();

    void undo();

    /** Words for the Edit menu, e.g. "Move 3 nodes". */
    String description();

    /**
     * Whether executing would change anything. The {@link CommandStack} refuses a command that would not
     * (an empty compound, a move by zero), so no step that does nothing ever lands in the history.
     */
    default boolean isExecutable() {
        return true;
    }
}
