package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.BoxSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notes and regions through the view-model: every edit one undoable step, regions taking their nodes. */
class SketchEditsTest {

    private EditorViewModel vm;
    private String original;

    @BeforeEach
    void open() {
        Scenario s =
                ScenarioIO.read(SampleIndex.read("hello-cdn"), "hello-cdn.json").orThrow();
        vm = new EditorViewModel(s);
        original = ScenarioIO.toJson(vm.scenario());
    }

    private RegionSpec regionAroundLondon() {
        vm.selection()
                .set(List.of(vm.scenario().node("users-london"), vm.scenario().node("edge-london")));
        return vm.sketch().addRegion(0, 0, "EU");
    }

    @Test
    void aRegionDrawnAroundTheSelectionHoldsItsNodes() {
        RegionSpec eu = regionAroundLondon();
        assertEquals(
                List.of("users-london", "edge-london"),
                vm.sketch().nodesIn(eu).stream().map(n -> n.name).toList());
        assertEquals(eu, vm.selection().box());
        assertTrue(vm.selection().nodes().isEmpty(), "selecting the region clears the node selection");
    }

    @Test
    void movingARegionMovesItsNodesInOneUndoStep() {
        RegionSpec eu = regionAroundLondon();
        NodeSpec edge = vm.scenario().node("edge-london");
        NodeSpec tokyo = vm.scenario().node("edge-tokyo");
        double ex = edge.x;
        double tx = tokyo.x;
        double rx = eu.x;
        vm.sketch().moveBy(eu, 600, 100);
        assertEquals(rx + 600, eu.x, 0.05);
        assertEquals(ex + 600, edge.x, 0.05);
        assertEquals(tx, tokyo.x, "a node outside stays");
        assertTrue(edge.lat != null, "moved nodes keep their place on the map");
        vm.undo();
        assertEquals(rx, eu.x, 0.05);
        assertEquals(ex, edge.x, 0.05);
    }

    @Test
    void duplicatingARegionCopiesItsNodesAndTheLinksAmongThem() {
        RegionSpec eu = regionAroundLondon();
        int nodes = vm.scenario().topology.nodes.size();
        int links = vm.scenario().topology.links.size();
        RegionSpec copy = vm.sketch().duplicateRegion(eu);
        assertEquals(2, vm.scenario().regions.size());
        assertEquals(eu.x + eu.width + SketchEdits.DUPLICATE_GAP, copy.x, 0.05);
        assertEquals(nodes + 2, vm.scenario().topology.nodes.size());
        assertEquals(
                links + 1,
                vm.scenario().topology.links.size(),
                "users-london → edge-london copied, not the shield link");
        assertEquals(2, vm.sketch().nodesIn(copy).size());
        assertTrue(vm.scenario().topology.links.stream()
                .anyMatch(l -> l.from.equals("users-london-1") && l.to.equals("edge-london-1")));
        vm.undo();
        assertEquals(1, vm.scenario().regions.size());
        assertEquals(nodes, vm.scenario().topology.nodes.size());
    }

    @Test
    void resizeRewordAndDeleteAreUndoneBackToTheFile() {
        NoteSpec note = vm.sketch().addNote(100, 100, "Note");
        vm.sketch().resize(note, 5, 300);
        assertEquals(BoxSpec.MIN_SIZE, note.width, "never smaller than a box can be grabbed");
        vm.sketch().reword(note, "ask ops before a failover drill");
        assertEquals("ask ops before a failover drill", note.text);
        vm.deleteSelection();
        assertFalse(vm.scenario().notes.contains(note));
        vm.undo();
        assertTrue(vm.scenario().notes.contains(note));
        for (int i = 0; i < 3; i++) {
            vm.undo();
        }
        assertEquals(original, ScenarioIO.toJson(vm.scenario()), "every step undone");
        assertTrue(vm.problems().stream().noneMatch(p -> p.path().startsWith("notes")));
    }

    @Test
    void distributeSpreadsTheSelectionEvenlyInOneStep() {
        List<NodeSpec> edges = List.of(
                vm.scenario().node("edge-los-angeles"),
                vm.scenario().node("edge-london"),
                vm.scenario().node("edge-tokyo"));
        vm.selection().set(edges);
        vm.distribute(0);
        double gap1 = edges.get(1).x - edges.get(0).x;
        double gap2 = edges.get(2).x - edges.get(1).x;
        assertEquals(gap1, gap2, 0.2);
        vm.undo();
        assertEquals(original, ScenarioIO.toJson(vm.scenario()));
    }
}
