package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.NodeFaultMenu;
import dev.cdnx.app.run.RunViewModel;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.FaultSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A live fault taken from a node's menu item is one step that the Undo shortcut takes back. */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class LiveFaultUndoRobotTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> { });
        view.files().openSample("hello-cdn");
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private List<FaultSpec> faults() {
        return view.viewModel().scenario().faults;
    }

    @Test
    void undoTakesALiveFaultOffTheTimelineAndRestartsTheRun(FxRobot robot) throws Exception {
        RunViewModel run = view.workbench().run();
        for (int i = 0; i < 20; i++) {
            robot.interact(run::stepRequest);
        }
        run.engineIdle().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int before = faults().size();

        // The node's context-menu item, fired as a click on it would (the popup itself is the editor's).
        robot.clickOn("#node-edge-tokyo");
        MenuItem takeDown = view.workbench().nodeMenuItems(view.viewModel().scenario().node("edge-tokyo")).stream()
                .filter(i -> NodeFaultMenu.TAKE_DOWN_ID.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(takeDown::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> faults().size() == before + 1);
        FaultSpec f = faults().get(before);
        assertEquals("edge-tokyo", f.target);
        assertTrue(view.viewModel().commands().isDirty(), "the fault marks the file changed");
        assertTrue(run.simTimeProperty().get() > 0, "taking the node down did not restart the run");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, faults().size(), "undo takes the fault off the timeline");
        assertTrue(view.viewModel().log().get(view.viewModel().log().size() - 1).contains("edge-tokyo"),
                "the Log names the undone fault");
        assertEquals(0, run.simTimeProperty().get(), 1e-9, "the run without the fault is another run");
    }
}
