package dev.cdnx.app.action;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ctrl+Z and Ctrl+Y go to a focused field only when it has typing to undo or redo; otherwise they undo the
 * drawing (#17 item 9: after a property edit the focus stayed in the field and presses were lost there).
 */
class TextShortcutsUndoTest {

    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aFieldWithNothingToUndoPassesTheShortcutOn() {
        assertFalse(fx(() -> TextShortcuts.sendTo(new TextField(), UNDO)), "undo goes to the drawing");
        assertFalse(fx(() -> TextShortcuts.sendTo(new TextField(), REDO)), "redo goes to the drawing");
    }

    @Test
    void typingIsUndoneInTheFieldFirst() {
        String after = fx(() -> {
            TextField tf = new TextField();
            tf.replaceText(0, 0, "1h");
            assertTrue(TextShortcuts.sendTo(tf, UNDO), "the typing is undone first");
            assertTrue(TextShortcuts.sendTo(tf, REDO), "and redone");
            assertFalse(TextShortcuts.sendTo(tf, REDO), "then redo goes to the drawing");
            return tf.getText();
        });
        assertEquals("1h", after);
    }
}
