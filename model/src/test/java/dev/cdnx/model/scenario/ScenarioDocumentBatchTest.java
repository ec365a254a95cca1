package dev.cdnx.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several edits as one change: a listener hears one event for a batch, however many edits it holds. */
class ScenarioDocumentBatchTest {

    private static ScenarioDocument fiftyNodes() {
        Scenario s = new Scenario();
        for (int i = 0; i < 50; i++) {
            s.topology.nodes.add(new NodeSpec("edge-" + i, NodeKind.EDGE));
        }
        return new ScenarioDocument(s);
    }

    private static void moveAll(ScenarioDocument doc, double dx) {
        for (NodeSpec n : doc.scenario().topology.nodes) {
            doc.updateNode(n, node -> node.x += dx);
        }
    }

    @Test
    void movingFiftyNodesInABatchIsOneChangeEvent() {
        ScenarioDocument doc = fiftyNodes();
        int[] topology = {0};
        int[] settings = {0};
        doc.addListener(new ScenarioChanges(() -> topology[0]++, () -> settings[0]++, s -> {}));

        doc.batch(() -> moveAll(doc, 10));

        assertEquals(1, topology[0], "one change event for 50 moved nodes");
        assertEquals(0, settings[0]);
        assertEquals(10, doc.scenario().topology.nodes.get(49).x, 1e-9, "the edits were made");
    }

    @Test
    void withoutABatchEachEditIsItsOwnEvent() {
        ScenarioDocument doc = fiftyNodes();
        int[] topology = {0};
        doc.addListener(new ScenarioChanges(() -> topology[0]++));
        moveAll(doc, 10);
        assertEquals(50, topology[0]);
    }

    @Test
    void aListenerThatWantsEachEditGetsThemAllInOrderAfterTheBatch() {
        ScenarioDocument doc = fiftyNodes();
        List<String> heard = new ArrayList<>();
        doc.addListener(new ScenarioListener() {
            @Override
            public void nodeChanged(NodeSpec node) {
                heard.add(node.name);
            }

            @Override
            public void settingsChanged() {
                heard.add("settings");
            }
        });
        doc.batch(() -> {
            moveAll(doc, 1);
            assertTrue(heard.isEmpty(), "nothing is told while the batch runs");
            doc.updateSettings(s -> s.description = "moved");
        });
        assertEquals(51, heard.size());
        assertEquals("edge-0", heard.get(0));
        assertEquals("edge-49", heard.get(49));
        assertEquals("settings", heard.get(50));
    }

    @Test
    void aBatchInsideABatchJoinsTheOuterOne() {
        ScenarioDocument doc = fiftyNodes();
        int[] events = {0};
        doc.addListener(new ScenarioChanges(() -> events[0]++));
        doc.batch(() -> {
            doc.batch(() -> moveAll(doc, 1));
            doc.batch(() -> doc.updateSettings(s -> s.description = "x"));
        });
        assertEquals(2, events[0], "one topology and one settings reaction, both after the outer batch");
    }

    @Test
    void aBatchThatEditsNothingTellsNobodyAndOneThatFailsStillTellsWhatItDid() {
        ScenarioDocument doc = fiftyNodes();
        int[] events = {0};
        doc.addListener(new ScenarioChanges(() -> events[0]++));
        doc.batch(() -> {});
        assertEquals(0, events[0]);

        assertThrows(
                IllegalStateException.class,
                () -> doc.batch(() -> {
                    moveAll(doc, 1);
                    throw new IllegalStateException("half way");
                }));
        assertEquals(1, events[0], "the listeners catch up with the edits that were made");
        doc.updateSettings(s -> s.description = "after");
        assertEquals(2, events[0], "the document is out of batch mode again");
    }

    @Test
    void aReplaceInABatchIsToldAsAReplace() {
        ScenarioDocument doc = fiftyNodes();
        List<Scenario> replaced = new ArrayList<>();
        int[] edits = {0};
        doc.addListener(new ScenarioChanges(() -> edits[0]++, () -> edits[0]++, replaced::add));
        Scenario next = new Scenario();
        doc.batch(() -> {
            moveAll(doc, 1);
            doc.replace(next);
        });
        assertEquals(List.of(next), replaced);
        assertEquals(0, edits[0], "the replace supersedes the edits before it");
    }
}
