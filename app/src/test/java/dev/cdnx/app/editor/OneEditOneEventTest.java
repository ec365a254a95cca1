package dev.cdnx.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioChanges;
import dev.cdnx.model.scenario.ScenarioListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each command the editor runs, undoes or redoes is one change of the document, however many nodes it moves. */
class OneEditOneEventTest {

    @Test
    void movingFiftyNodesIsOneChangeEventAndSoAreItsUndoAndRedo() {
        Scenario s = new Scenario();
        for (int i = 0; i < 50; i++) {
            NodeSpec n = new NodeSpec("edge-" + i, NodeKind.EDGE);
            n.x = 10 * i;
            n.y = 100;
            s.topology.nodes.add(n);
        }
        EditorViewModel vm = new EditorViewModel(s);
        int[] events = {0};
        List<String> perNode = new ArrayList<>();
        vm.document().addListener(new ScenarioChanges(() -> events[0]++));
        vm.document().addListener(new ScenarioListener() {
            @Override
            public void nodeChanged(NodeSpec node) {
                perNode.add(node.name);
            }
        });

        vm.moveBy(List.copyOf(vm.scenario().topology.nodes), 40, 0);
        assertEquals(1, events[0], "one change event for the move");
        assertEquals(50, perNode.size(), "a view that redraws per node still hears each node");
        assertEquals(50, vm.scenario().topology.nodes.get(1).x, 1e-9);

        vm.undo();
        assertEquals(2, events[0], "one for the undo");
        assertEquals(10, vm.scenario().topology.nodes.get(1).x, 1e-9);
        vm.redo();
        assertEquals(3, events[0], "one for the redo");
        assertEquals(1, vm.commands().size());
    }
}
