package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.MainView;
import dev.cdnx.app.MainWindows;
import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A node taken down during a live run is one undo step (#18 item 3): undo removes the fault from the
 * timeline, and the run, restarted without it, shows the node up and serving again.
 */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class LiveFaultUndoRobotTest {

    private static final String EDGE = "edge-tokyo";

    private MainView view;

    @Start
    void start(Stage stage) {
        view = MainWindows.show(stage, "hello-cdn");
    }

    private RunViewModel run() {
        return view.workbench().run();
    }

    private void stepRequests(FxRobot robot, int n) {
        for (int i = 0; i < n; i++) {
            robot.interact(() -> run().stepRequest());
        }
        FxTestSupport.settle(run());
    }

    private LiveSnapshot.NodeGauge edge() {
        return FxTestSupport.fx(() -> run().snapshotProperty().get().nodes().stream()
                .filter(g -> g.name().equals(EDGE))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void undoingALiveFaultBringsTheNodeBackInTheRun(FxRobot robot) throws Exception {
        stepRequests(robot, 5);
        long servedBefore = edge().requests();
        assertTrue(servedBefore > 0, "the edge serves the users before the fault");

        NodeSpec node = view.viewModel().scenario().node(EDGE);
        List<MenuItem> items = FxTestSupport.fx(() -> view.workbench().nodeMenuItems(node));
        robot.interact(() -> items.get(0).fire());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !view.viewModel().scenario().faults.isEmpty());
        stepRequests(robot, 5);
        assertTrue(edge().down(), "the run shows the node down");
        assertTrue(FxTestSupport.fx(() -> run().isDown(EDGE)));
        assertTrue(view.viewModel().commands().canUndo(), "the fault is an undoable edit");

        robot.interact(() -> view.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.viewModel().scenario().faults.isEmpty(), "undo takes the fault off the timeline");
        assertFalse(view.viewModel().commands().isDirty(), "back at the saved state");

        stepRequests(robot, 5);
        LiveSnapshot.NodeGauge after = edge();
        assertFalse(after.down(), "the restarted run has the node up");
        assertFalse(FxTestSupport.fx(() -> run().isDown(EDGE)));
        assertTrue(after.requests() > 0, "and the edge serves again: " + after);
        List<MenuItem> menu = FxTestSupport.fx(() -> view.workbench().nodeMenuItems(node));
        assertEquals(false, menu.get(0).isDisable(), "Take Down is offered again");
    }
}
