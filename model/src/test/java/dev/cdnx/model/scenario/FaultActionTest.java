package dev.cdnx.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.units.SimDuration;
import org.junit.jupiter.api.Test;

/** A fault's action is an enum in code and the word as written in the file. */
class FaultActionTest {

    @Test
    void theFileWordsNameTheActionsAndNothingElseDoes() {
        for (FaultAction a : FaultAction.values()) {
            assertEquals(a, FaultAction.fromWord(a.word()));
        }
        assertEquals("down", FaultAction.DOWN.word());
        assertNull(FaultAction.fromWord("Down"), "the file's words are lower case");
        assertNull(FaultAction.fromWord("sideways"));
        assertNull(FaultAction.fromWord(null));
    }

    @Test
    void anUnknownWordIsKeptAsWrittenAndTheKindIsNotWritten() {
        FaultSpec f = new FaultSpec(SimDuration.ofSeconds(5), "edge-a", "sideways");
        assertNull(f.kind());
        String json = ScenarioIO.mapper().valueToTree(f).toString();
        assertTrue(json.contains("\"sideways\""), json);
        assertFalse(json.contains("kind"), json);
        assertEquals(FaultAction.UP, new FaultSpec(SimDuration.ZERO, "edge-a", FaultAction.UP).kind());
    }
}
