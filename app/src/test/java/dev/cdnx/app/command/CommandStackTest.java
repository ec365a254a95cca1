package dev.cdnx.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The undo history: its limit, the saved point (dirty or clean), compound steps and refused commands. */
class CommandStackTest {

    /** Adds its number to a shared log on execute and the negative on undo. */
    private static Command step(List<Integer> log, int n) {
        return new Command() {
            @Override
            public void execute() {
                log.add(n);
            }

            @Override
            public void undo() {
                log.add(-n);
            }

            @Override
            public String description() {
                return "step " + n;
            }
        };
    }

    @Test
    void keepsAtMostTheLimitAndDropsTheOldest() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        for (int i = 1; i <= CommandStack.LIMIT + 20; i++) {
            stack.execute(step(log, i));
        }
        assertEquals(CommandStack.LIMIT, stack.size());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(-21, log.get(log.size() - 1), "the oldest 20 steps were dropped");
    }

    @Test
    void undoingBackToTheSavedPointIsCleanAndRedoingIsDirty() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        assertFalse(stack.isDirty());
        stack.execute(step(log, 1));
        stack.execute(step(log, 2));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "one step before the save");
        stack.redo();
        assertFalse(stack.isDirty(), "back at the save");
        stack.undo();
        stack.undo();
        stack.redo();
        stack.redo();
        assertFalse(stack.isDirty());
        assertEquals("Undo step 2", stack.undoTextProperty().get());
    }

    @Test
    void aNewStepAfterUndoingPastTheSaveMakesTheSaveUnreachable() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        stack.execute(step(log, 1));
        stack.markSaved();
        stack.undo();
        stack.execute(step(log, 2));
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state (step 1) is no longer in the history");
        assertFalse(stack.canRedo() && stack.redoTextProperty().get().equals("Redo step 1"));
    }

    @Test
    void aSaveDroppedOffTheLimitStaysDirty() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        stack.execute(step(log, 0));
        stack.markSaved();
        for (int i = 1; i <= CommandStack.LIMIT; i++) {
            stack.execute(step(log, i));
        }
        while (stack.canUndo()) {
            stack.undo();
        }
        assertTrue(stack.isDirty(), "the saved state fell off the history");
    }

    @Test
    void markUnsavedIsDirtyWithoutAnyStepUntilSaved() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        stack.markUnsaved();
        assertTrue(stack.isDirty());
        assertFalse(stack.canUndo());
        stack.execute(step(log, 1));
        stack.undo();
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
    }

    @Test
    void aCompoundStepExecutesInOrderAndUndoesInReverse() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        stack.execute(new CompoundCommand("three", List.of(step(log, 1), step(log, 2), step(log, 3))));
        stack.undo();
        stack.redo();
        assertEquals(List.of(1, 2, 3, -3, -2, -1, 1, 2, 3), log);
        assertEquals(1, stack.size(), "one undo step");
        assertEquals("Undo three", stack.undoTextProperty().get());
    }

    @Test
    void aCommandThatWouldChangeNothingIsRefused() {
        CommandStack stack = new CommandStack();
        List<Integer> log = new ArrayList<>();
        stack.execute(step(log, 1));
        stack.undo();
        assertTrue(stack.canRedo());
        assertFalse(stack.execute(new CompoundCommand("nothing", List.of())));
        assertFalse(stack.canUndo(), "no step was recorded");
        assertTrue(stack.canRedo(), "and the redo side was kept");
        assertEquals(List.of(1, -1), log);
    }
}
