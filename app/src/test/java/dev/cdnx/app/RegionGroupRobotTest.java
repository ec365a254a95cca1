package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.RegionSpec;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Grouping with the real mouse (#17): a press on a region's label strip selects the region, and a drag
 * from there moves the region with the nodes inside it, one undo step. Every press, move and release
 * here is the robot's, through the window, like a user's.
 */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class RegionGroupRobotTest {

    private EditorViewModel vm;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-group");
        new LayoutMemory("dev/cdnx/app-test-group").clear();
        MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        view.files().openSample("hello-cdn");
        vm = view.viewModel();
        canvas = view.canvas();
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        scene.addEventFilter(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                e -> presses.add(String.valueOf(e.getTarget()).replaceAll("@.*", "") + " x" + e.getClickCount()));
        stage.show();
        canvas.applyCss();
        canvas.layout();
    }

    /** Every press the window received: what it hit and its click count (for the failure messages). */
    private final java.util.List<String> presses = new java.util.ArrayList<>();

    private Point2D screenOf(double wx, double wy) {
        return canvas.localToScreen(vm.viewport().toScreen(wx, wy));
    }

    /** Centres the view on {@code edge}, selects it and {@code users}, and draws a region around both. */
    private void regionAround(FxRobot robot, NodeSpec edge, NodeSpec users) {
        robot.interact(() -> {
            vm.viewport().reset();
            vm.viewport().panBy(canvas.getWidth() / 2 - edge.x, canvas.getHeight() / 2 - edge.y);
        });
        robot.clickOn(screenOf(edge.x, edge.y));
        robot.press(KeyCode.SHIFT).clickOn(screenOf(users.x, users.y)).release(KeyCode.SHIFT);
        robot.clickOn(screenOf(edge.x + 200, edge.y + 160), MouseButton.SECONDARY);
        robot.clickOn("#add-region-here");
    }

    /** Drags from {@code from} by (100, 60) screen pixels in two moves, as a hand does, and lets FX settle. */
    private static void dragBy100x60(FxRobot robot, Point2D from) {
        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 30).moveBy(40, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPressOnARegionSelectsItAndADragMovesItsNodesAlong(FxRobot robot) {
        NodeSpec edge = vm.scenario().node("edge-london");
        NodeSpec users = vm.scenario().node("users-london");
        regionAround(robot, edge, users);
        assertEquals(1, vm.scenario().regions.size());
        RegionSpec region = vm.scenario().regions.get(0);
        assertTrue(region.contains(edge.x, edge.y) && region.contains(users.x, users.y), "drawn around the nodes");

        // a click on empty map clears the selection; a click on the region's label strip selects it again
        robot.clickOn(screenOf(region.x + region.width + 150, region.y + region.height + 120));
        assertEquals(null, vm.selection().box(), "nothing selected after a click on the empty map");
        Point2D strip = screenOf(region.x + region.width - 40, region.y + 14);
        robot.clickOn(strip);
        assertEquals(region, vm.selection().box(), "a press on the label strip selects the region");

        double regionX = region.x;
        double regionY = region.y;
        double edgeX = edge.x;
        double usersY = users.y;
        double scale = vm.viewport().scale();
        // straight after the click and where it was: the press counts as the second of a double-click
        dragBy100x60(robot, strip);
        assertFalse(robot.lookup("#box-words-editor").tryQuery().isPresent(), "a drag is no double-click " + presses);
        assertEquals(regionX + 100 / scale, region.x, 1, "the region moved " + presses);
        assertEquals(regionY + 60 / scale, region.y, 1);
        assertEquals(edgeX + 100 / scale, edge.x, 1, "the nodes inside moved along");
        assertEquals(usersY + 60 / scale, users.y, 1);
        robot.interact(vm::undo);
        assertEquals(regionX, region.x, 1, "one undo step puts the region back");
        assertEquals(edgeX, edge.x, 1, "and its nodes");
    }

    @Test
    void aDoubleClickOnARegionOpensItsLabelEditorAndEnterRenamesIt(FxRobot robot) {
        NodeSpec edge = vm.scenario().node("edge-london");
        NodeSpec users = vm.scenario().node("users-london");
        robot.interact(() -> {
            vm.viewport().reset();
            vm.viewport().panBy(canvas.getWidth() / 2 - edge.x, canvas.getHeight() / 2 - edge.y);
        });
        robot.clickOn(screenOf(edge.x, edge.y));
        robot.press(KeyCode.SHIFT).clickOn(screenOf(users.x, users.y)).release(KeyCode.SHIFT);
        robot.clickOn(screenOf(edge.x + 200, edge.y + 160), MouseButton.SECONDARY);
        robot.clickOn("#add-region-here");
        RegionSpec region = vm.scenario().regions.get(0);
        String before = region.label;
        double regionX = region.x;
        // away from the earlier clicks, so the double-click is two fresh presses on the label strip
        robot.clickOn(screenOf(region.x + region.width + 150, region.y + region.height + 120));
        robot.doubleClickOn(screenOf(region.x + 50, region.y + 12), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                robot.lookup("#box-words-editor").tryQuery().isPresent(),
                "a double-click opens the label editor " + presses);
        assertEquals(region, vm.selection().box(), "and selects the region");
        assertEquals(regionX, region.x, 0.01, "a double-click moves nothing");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("origin VPC");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("origin VPC", region.label);
        assertFalse(robot.lookup("#box-words-editor").tryQuery().isPresent(), "Enter closes the editor");
        robot.interact(vm::undo);
        assertEquals(before, region.label, "one undo step gives the old label back");
    }

    @Test
    void aRegionLabelledInPlaceIsThenDraggedWithItsNodes(FxRobot robot) {
        NodeSpec edge = vm.scenario().node("edge-london");
        NodeSpec users = vm.scenario().node("users-london");
        regionAround(robot, edge, users);
        RegionSpec region = vm.scenario().regions.get(0);
        robot.clickOn(screenOf(region.x + 40, region.y + 10));
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("EU");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("EU", region.label);

        double regionX = region.x;
        double edgeX = edge.x;
        double scale = vm.viewport().scale();
        dragBy100x60(robot, screenOf(region.x + 60, region.y + 10));
        assertEquals(regionX + 100 / scale, region.x, 1, "the region moved " + presses + " " + vm.log());
        assertEquals(edgeX + 100 / scale, edge.x, 1, "the nodes inside moved along");

        int nodes = vm.scenario().topology.nodes.size();
        robot.clickOn(screenOf(region.x + 60, region.y + 10), MouseButton.SECONDARY);
        robot.clickOn("#duplicate-region");
        assertEquals(2, vm.scenario().regions.size(), "duplicated from its context menu " + presses);
        assertEquals(nodes + 2, vm.scenario().topology.nodes.size(), "with the two nodes inside");
    }
}
