package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A node's context menu offers only the fault that changes something (#17 item 11). */
class NodeFaultMenuTest {

    private RunViewModel vm;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @AfterEach
    void dispose() {
        if (vm != null) {
            fxRun(vm::dispose);
        }
    }

    private List<MenuItem> menuFor(String node) {
        return fx(() -> NodeFaultMenu.items(
                () -> vm.isDown(node),
                () -> {
                    var unused = vm.takeDown(node);
                },
                () -> {
                    var unused = vm.bringUp(node);
                }));
    }

    @Test
    void aRunningNodeOffersTakeDownOnlyAndADownNodeBringUpOnly() throws Exception {
        vm = fx(() -> new RunViewModel(new ScenarioDocument(RunViewModelTest.twoEdges())));
        for (int i = 0; i < 10; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        List<MenuItem> running = menuFor("edge-a");
        assertEquals(NodeFaultMenu.TAKE_DOWN_ID, running.get(0).getId());
        assertFalse(running.get(0).isDisable(), "a running node can be taken down");
        assertTrue(running.get(1).isDisable(), "a running node cannot be brought up");

        fx(() -> vm.takeDown("edge-a")).get(5, TimeUnit.SECONDS);
        fxRun(vm::stepRequest);
        settle(vm);
        List<MenuItem> down = menuFor("edge-a");
        assertTrue(down.get(0).isDisable(), "a down node cannot be taken down again");
        assertFalse(down.get(1).isDisable(), "a down node can be brought up");
        assertFalse(menuFor("edge-b").get(0).isDisable(), "the other edge still runs");
    }
}
