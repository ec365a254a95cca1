package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.properties.NodeFields;
import dev.cdnx.app.editor.properties.PropertiesViewModel;
import dev.cdnx.app.editor.properties.SettingsFields;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing through the view-model alone: every edit a command, every command undoable. */
class EditorViewModelTest {

    private EditorViewModel vm;
    private String original;

    @BeforeEach
    void open() {
        Scenario s =
                ScenarioIO.read(SampleIndex.read("hello-cdn"), "hello-cdn.json").orThrow();
        vm = new EditorViewModel(s);
        original = ScenarioIO.toJson(vm.scenario());
    }

    private String json() {
        return ScenarioIO.toJson(vm.scenario());
    }

    @Test
    void addNodeUndoRedo() {
        NodeSpec n = vm.addNode(NodeKind.EDGE, 1000, 300);
        assertEquals("edge-1", n.name);
        assertTrue(n.hasGeo(), "placed on the map gets lat/lon");
        assertEquals(9, vm.scenario().topology.nodes.size());
        assertTrue(vm.commands().isDirty());
        vm.undo();
        assertEquals(original, json());
        assertFalse(vm.commands().isDirty());
        vm.redo();
        assertEquals(9, vm.scenario().topology.nodes.size());
    }

    @Test
    void moveIsOneStepAndUpdatesGeography() {
        NodeSpec tokyo = vm.scenario().node("edge-tokyo");
        double lon = tokyo.lon;
        vm.moveBy(List.of(tokyo), -100, 0);
        assertEquals(1, vm.commands().size());
        assertEquals(lon - 18, tokyo.lon, 0.05, "100 world units = 18 degrees of longitude");
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void linkAllowedAndRefusedByModelRules() {
        NodeSpec users = vm.scenario().node("users-tokyo");
        NodeSpec origin = vm.scenario().node("origin-us-east");
        NodeSpec shield = vm.scenario().node("shield-chicago");
        String refused = vm.connect(users, origin);
        assertNotNull(refused);
        assertTrue(refused.contains("users connect to an edge"), refused);
        assertEquals(7, vm.scenario().topology.links.size());
        assertNotNull(vm.connect(origin, shield), "nothing leaves the origin");
        NodeSpec edge = vm.addNode(NodeKind.EDGE, 1700, 320);
        assertNull(vm.connect(edge, shield));
        assertEquals(8, vm.scenario().topology.links.size());
        assertNotNull(vm.connect(edge, shield), "no duplicate links");
        vm.undo();
        assertEquals(7, vm.scenario().topology.links.size());
    }

    @Test
    void deleteTakesLinksAndUndoRestoresOrder() {
        vm.selection().set(List.of(vm.scenario().node("shield-chicago")));
        vm.deleteSelection();
        assertNull(vm.scenario().node("shield-chicago"));
        assertEquals(3, vm.scenario().topology.links.size());
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void copyPasteRenamesAndKeepsInnerLinks() {
        vm.selection()
                .set(List.of(vm.scenario().node("users-tokyo"), vm.scenario().node("edge-tokyo")));
        vm.clipboard().copy();
        vm.clipboard().paste();
        assertNotNull(vm.scenario().node("users-tokyo-1"));
        assertNotNull(vm.scenario().node("edge-tokyo-1"));
        LinkSpec last =
                vm.scenario().topology.links.get(vm.scenario().topology.links.size() - 1);
        assertEquals("users-tokyo-1", last.from);
        assertEquals("edge-tokyo-1", last.to);
        assertEquals(2, vm.selection().nodes().size());
        vm.clipboard().paste();
        assertNotNull(vm.scenario().node("edge-tokyo-2"));
        vm.undo();
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void duplicateAndCut() {
        vm.selection().set(List.of(vm.scenario().node("edge-london")));
        vm.clipboard().duplicate();
        assertNotNull(vm.scenario().node("edge-london-1"));
        vm.selection().set(List.of(vm.scenario().node("edge-london-1")));
        vm.clipboard().cut();
        assertNull(vm.scenario().node("edge-london-1"));
        vm.undo();
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void propertyEditIsACommandAndBadUnitsAreRefused() {
        PropertiesViewModel p = new PropertiesViewModel(vm);
        NodeSpec edge = vm.scenario().node("edge-tokyo");
        vm.selection().set(List.of(edge));
        var capacity = NodeFields.ALL.stream()
                .filter(f -> f.name().equals("Capacity") && f.category().equals("Cache"))
                .findFirst()
                .orElseThrow();
        String refused = p.apply(capacity, "forty gigs");
        assertNotNull(refused);
        assertFalse(p.errorProperty().get().isEmpty());
        assertEquals(DataSize.parse("2 GB"), edge.cache.capacity, "nothing changed");
        assertEquals(0, vm.commands().size());
        assertNull(p.apply(capacity, "40 GB"));
        assertEquals(DataSize.parse("40 GB"), edge.cache.capacity);
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void multiSelectionEditsCommonFieldsAndRenameFollowsLinks() {
        PropertiesViewModel p = new PropertiesViewModel(vm);
        vm.selection()
                .set(List.of(vm.scenario().node("edge-tokyo"), vm.scenario().node("shield-chicago")));
        assertTrue(p.rows().stream().noneMatch(r -> Objects.equals(r.field(), NodeFields.NAME)), "no name for many");
        var eviction = p.rows().stream()
                .filter(r -> r.field().name().equals("Eviction"))
                .findFirst()
                .orElseThrow();
        assertNull(p.apply(eviction.field(), "lfu"));
        assertEquals("lfu", vm.scenario().node("edge-tokyo").cache.eviction);
        assertEquals("lfu", vm.scenario().node("shield-chicago").cache.eviction);
        assertTrue(
                eviction.field().choices().containsAll(List.of("s3fifo", "arc", "wtinylfu", "gdsf", "lfuda")),
                "the sheet offers every registered policy: " + eviction.field().choices());
        assertNull(p.apply(eviction.field(), "wtinylfu"));
        assertEquals("wtinylfu", vm.scenario().node("edge-tokyo").cache.eviction);
        vm.selection().set(List.of(vm.scenario().node("shield-chicago")));
        assertNull(p.apply(NodeFields.NAME, "shield-virginia"));
        assertTrue(vm.scenario().topology.links.stream().anyMatch(l -> "shield-virginia".equals(l.to)));
        assertNotNull(p.apply(NodeFields.NAME, "edge-tokyo"), "names are unique");
        vm.undo(); // the rename
        vm.undo(); // wtinylfu
        vm.undo(); // lfu
        assertEquals(original, json());
    }

    @Test
    void scenarioSettingsEditAndRefusal() {
        PropertiesViewModel p = new PropertiesViewModel(vm);
        var jitter = SettingsFields.ALL.stream()
                .filter(f -> f.name().equals("TTL jitter"))
                .findFirst()
                .orElseThrow();
        assertNull(p.apply(jitter, "300s"));
        assertEquals(300, vm.scenario().policy.ttlJitter.seconds(), 1e-9);
        var alpha = SettingsFields.ALL.stream()
                .filter(f -> f.name().equals("Zipf alpha"))
                .findFirst()
                .orElseThrow();
        assertNotNull(p.apply(alpha, "-1"));
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void validationFlagsNodesAfterEachEdit() {
        assertTrue(vm.problems().isEmpty());
        NodeSpec lonely = vm.addNode(NodeKind.EDGE, 1000, 800);
        assertFalse(vm.problemsOf(lonely).isEmpty(), "an edge with no route to an origin is flagged");
        vm.undo();
        assertTrue(vm.problems().isEmpty());
    }

    @Test
    void autoLayoutAlignAndPlaceOnMap() {
        vm.autoLayout();
        assertEquals(250, vm.scenario().node("users-tokyo").x, 1e-9);
        vm.placeOnMap();
        assertEquals(MapProjection.x(139.69), vm.scenario().node("edge-tokyo").x, 0.1);
        vm.selection()
                .set(List.of(vm.scenario().node("edge-tokyo"), vm.scenario().node("edge-london")));
        vm.align(Layouts.Align.TOP);
        assertEquals(vm.scenario().node("edge-tokyo").y, vm.scenario().node("edge-london").y, 1e-9);
        vm.undo();
        vm.undo();
        vm.undo();
        assertEquals(original, json());
    }

    @Test
    void viewportZoomKeepsPointAndClamps() {
        Viewport v = vm.viewport();
        v.zoomAt(2, 100, 50);
        assertEquals(2, v.scale(), 1e-9);
        assertEquals(100, v.toWorld(100, 50).getX(), 1e-9);
        assertEquals(200, v.toScreen(150, 0).getX(), 1e-9);
        for (int i = 0; i < 50; i++) {
            v.zoomAt(2, 0, 0);
        }
        assertEquals(Viewport.MAX_SCALE, v.scale(), 1e-9);
    }
}
