package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.properties.PropertiesSheet;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The property sheet keeps the user's place and drops a refusal once the field is reverted (#17 item 9). */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class PropertySheetRobotTest {

    private EditorViewModel vm;

    @Start
    void start(Stage stage) {
        MainView view = MainWindows.show(stage, "hello-cdn");
        vm = view.viewModel();
    }

    private void selectEdge(FxRobot robot) {
        robot.interact(() -> vm.selection().set(List.of(vm.scenario().node("edge-london"))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TitledPane pane(FxRobot robot, String title) {
        return robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(p -> title.equals(p.getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theOpenCategoryStaysOpenAfterACommit(FxRobot robot) {
        selectEdge(robot);
        PropertiesSheet sheet = robot.lookup("#properties").queryAs(PropertiesSheet.class);
        TitledPane location = pane(robot, "Location");
        robot.interact(() -> location.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Location", sheet.openCategory());
        robot.interact(() -> sheet.viewModel()
                .apply(
                        dev.cdnx.app.editor.properties.NodeFields.ALL.stream()
                                .filter(f -> f.name().equals("TTL"))
                                .findFirst()
                                .orElseThrow(),
                        "2h"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7200, vm.scenario().node("edge-london").cache.ttl.seconds(), 1e-9, "committed");
        assertEquals("Location", sheet.openCategory(), "the sheet did not jump back to Cache");
    }

    @Test
    void escapeAfterARefusalRemovesTheBanner(FxRobot robot) {
        selectEdge(robot);
        robot.clickOn("#prop-ttl").eraseText(12).write("soon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = robot.lookup("#property-error").queryAs(Label.class);
        assertTrue(banner.isVisible(), "refused: " + banner.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible(), "the field is back to its value, so the banner goes: " + banner.getText());
    }
}
