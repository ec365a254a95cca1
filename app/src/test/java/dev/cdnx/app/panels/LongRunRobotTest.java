package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.RunGuardDialogs;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A duration of 100,000 days in the window: pressing Compare's Run shows the long-run question with the
 * figure and what to change, and Cancel runs nothing.
 */
@Tag("robot")
class LongRunRobotTest extends ComparePanelTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void cancellingTheLongRunQuestionRunsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> doc.updateSettings(s -> s.duration = SimDuration.parse("100000d")));
        var vm = panels.compare();
        robot.clickOn("#compare-run");
        DialogPane pane = dialog(robot);
        String text = pane.getContentText();
        assertTrue(text.startsWith("This run would simulate about 1,036,800,000,000 requests"), text);
        assertTrue(text.contains("about 720 hours") && text.contains("shorten the scenario's duration"), text);
        Node runAnyway = pane.lookupButton(RunGuardDialogs.RUN_ANYWAY);
        assertFalse(runAnyway == null, "the dialog offers to run anyway");
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "the dialog closed");
        assertNull(vm.currentProperty().get(), "no run");
        assertFalse(vm.runningProperty().get());
        assertTrue(
                vm.messageProperty().get().startsWith("Not run: "),
                vm.messageProperty().get());
        assertEquals(0, panels.compare().sweep().rows().size());
    }
}
