package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The features mounted on the editor work together in the real window. */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class WorkbenchRobotTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        view = MainWindows.show(stage, "hello-cdn");
    }

    private TabPane bottom(FxRobot robot) {
        return robot.lookup("#bottom-tabs").queryAs(TabPane.class);
    }

    @Test
    void everyPanelHasItsTabAndShowSelectsIt(FxRobot robot) {
        List<String> titles = bottom(robot).getTabs().stream().map(Tab::getText).toList();
        for (String t : List.of("Metrics", "Cost", "Decision", "Checks", "Compare", "Trace", "Lessons", "Log")) {
            assertTrue(titles.contains(t), titles.toString());
        }
        for (String panel : List.of("cost", "decision", "checks", "compare", "metrics", "trace", "lessons")) {
            robot.interact(() -> view.workbench().openPanel(panel));
            Tab selected = bottom(robot).getSelectionModel().getSelectedItem();
            String title = selected.getText().toLowerCase(Locale.ROOT);
            assertTrue(title.startsWith(panel), panel + " selected " + title);
            assertEquals(panel, dev.cdnx.app.panels.PanelTabs.nameOf(selected), "the tab carries its name");
        }
        robot.interact(() -> view.workbench().openPanel("traffic"));
        assertEquals(
                "Traffic", bottom(robot).getSelectionModel().getSelectedItem().getText());
    }

    @Test
    void playAdvancesTheRunAndPauseStopsIt(FxRobot robot) throws Exception {
        robot.clickOn("#run-play");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> view.workbench().run().simTimeProperty().get() > 0);
        robot.clickOn("#run-play");
        // Batches already handed over may still land; after that the clock must stand still.
        view.workbench().run().engineIdle().get(30, TimeUnit.SECONDS);
        dev.cdnx.app.run.FxTestSupport.awaitFrames(view.workbench().run(), 20);
        double t = view.workbench().run().simTimeProperty().get();
        dev.cdnx.app.run.FxTestSupport.awaitFrames(view.workbench().run(), 20);
        assertEquals(t, view.workbench().run().simTimeProperty().get(), 1e-9, "paused");
        assertFalse(view.workbench().run().isPlaying());
    }

    @Test
    void switchingTheModelInTheToolbarRestartsTheRunOnThatModel(FxRobot robot) {
        robot.clickOn("#tb-model-hybrid");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("hybrid", view.viewModel().scenario().delivery.model.id());
        assertEquals("hybrid", view.workbench().run().modelProperty().get().id());
        assertEquals(0, view.workbench().run().simTimeProperty().get(), 1e-9);
        robot.interact(() -> view.viewModel().undo());
        assertEquals("pull", view.workbench().run().modelProperty().get().id());
    }

    @Test
    void aLiveFaultFromTheNodeMenuIsRecordedOnTheTimeline(FxRobot robot) throws Exception {
        NodeSpec edge = view.viewModel().scenario().node("edge-tokyo");
        List<MenuItem> items = view.workbench().nodeMenuItems(edge);
        robot.interact(() -> view.workbench().run().stepRequest());
        robot.interact(() -> items.get(0).fire());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !view.viewModel().scenario().faults.isEmpty());
        var f = view.viewModel().scenario().faults.get(0);
        assertEquals("edge-tokyo", f.target);
        assertEquals("down", f.action);
    }

    @Test
    void aClickedCheckSelectsItsNodesOnTheCanvas(FxRobot robot) {
        robot.interact(() -> view.workbench().panels().nodesToSelect().setAll("edge-tokyo", "edge-london"));
        assertEquals(2, view.viewModel().selection().nodes().size());
    }
}
