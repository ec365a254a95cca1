package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.scenario.NodeSpec;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A paste lands at the pointer, like draw.io, and never on the nodes it copies (#17 item 10). */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class PasteRobotTest {

    private EditorViewModel vm;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        MainView view = MainWindows.show(stage, "hello-cdn");
        vm = view.viewModel();
        canvas = view.canvas();
        canvas.applyCss();
        canvas.layout();
    }

    private Point2D screenOf(double wx, double wy) {
        return canvas.localToScreen(vm.viewport().toScreen(wx, wy));
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlVPastesAtThePointerAndOffsetWhenThePointerIsOnTheOriginal(FxRobot robot) {
        NodeSpec london = vm.scenario().node("edge-london");
        robot.interact(() -> {
            vm.viewport().reset();
            vm.viewport().panBy(canvas.getWidth() / 2 - london.x, canvas.getHeight() / 2 - london.y);
        });
        robot.clickOn(screenOf(london.x, london.y));
        shortcut(robot, KeyCode.C);
        // The pointer is still on edge-london: the copy must not cover it.
        shortcut(robot, KeyCode.V);
        NodeSpec first = vm.scenario().node("edge-london-1");
        assertNotNull(first, "pasted");
        assertTrue(
                Math.abs(first.x - london.x) >= 20 || Math.abs(first.y - london.y) >= 20,
                "the copy sits beside the original, not on it: " + first.x + "," + first.y);
        // Moved to an empty spot, the next paste lands under the pointer.
        double wx = london.x - 150;
        double wy = london.y + 120;
        robot.moveTo(screenOf(wx, wy));
        shortcut(robot, KeyCode.V);
        NodeSpec second = vm.scenario().node("edge-london-2");
        assertNotNull(second, "pasted again");
        assertEquals(wx, second.x, 2, "at the pointer");
        assertEquals(wy, second.y, 2, "at the pointer");
    }
}
