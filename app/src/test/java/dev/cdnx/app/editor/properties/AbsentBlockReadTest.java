package dev.cdnx.app.editor.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Showing a node whose settings block is absent shows the defaults but adds no block: the document
 * stays clean and the file it would save is the file it read (#18 item 10).
 */
class AbsentBlockReadTest {

    @Test
    void readingEveryNodeOfAFileWithoutBlocksChangesNothing() {
        Scenario scenario =
                ScenarioIO.read(SampleIndex.read("multi-cdn"), "multi-cdn.json").orThrow();
        for (NodeSpec n : scenario.topology.nodes) {
            n.users = null;
            n.cache = null;
            n.origin = null;
            n.steering = null;
        }
        EditorViewModel vm = new EditorViewModel(scenario);
        PropertiesViewModel sheet = new PropertiesViewModel(vm);
        String saved = ScenarioIO.toJson(vm.scenario());

        for (NodeSpec n : vm.scenario().topology.nodes) {
            vm.selection().set(List.of(n));
            sheet.refresh();
            assertFalse(sheet.rows().isEmpty(), n.name);
        }
        vm.selection().set(List.of());
        sheet.refresh();

        for (NodeSpec n : vm.scenario().topology.nodes) {
            assertNull(n.users, n.name);
            assertNull(n.cache, n.name);
            assertNull(n.origin, n.name);
            assertNull(n.steering, n.name);
        }
        assertFalse(vm.commands().isDirty(), "a read is not an edit");
        assertEquals(saved, ScenarioIO.toJson(vm.scenario()), "the saved file is unchanged");
    }

    @Test
    void anEditStillAddsTheBlockItNeeds() {
        Scenario scenario =
                ScenarioIO.read(SampleIndex.read("hello-cdn"), "hello-cdn.json").orThrow();
        NodeSpec edge = scenario.node("edge-tokyo");
        edge.cache = null;
        EditorViewModel vm = new EditorViewModel(scenario);
        PropertiesViewModel sheet = new PropertiesViewModel(vm);
        vm.selection().set(List.of(edge));
        Field<NodeSpec> ttl = NodeFields.ALL.stream()
                .filter(f -> f.name().equals("TTL"))
                .findFirst()
                .orElseThrow();
        assertNull(sheet.apply(ttl, "60s"));
        assertEquals(60, edge.cache.ttl.seconds(), 1e-9);
        assertTrue(vm.commands().isDirty());
    }
}
