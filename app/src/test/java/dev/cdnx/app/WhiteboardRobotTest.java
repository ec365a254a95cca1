package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.KeyboardEditing;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard-only drawing, Find, templates and alignment guides, driven as a person would. */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class WhiteboardRobotTest {

    private MainView view;
    private EditorViewModel vm;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        new LayoutMemory("dev/cdnx/app-test").clear(); // the default layout, not one an earlier test saved
        view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        vm = view.viewModel();
        canvas = view.canvas();
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
        canvas.applyCss();
        canvas.layout();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean linked(String from, String to) {
        return vm.scenario().topology.links.stream().anyMatch(l -> l.from.equals(from) && l.to.equals(to));
    }

    @Test
    void usersEdgeShieldOriginDrawnWithTheKeyboardAlone(FxRobot robot) {
        robot.interact(canvas::requestFocus);
        key(robot, KeyCode.U);
        key(robot, KeyCode.E);
        key(robot, KeyCode.S);
        key(robot, KeyCode.O);
        List<NodeSpec> nodes = vm.scenario().topology.nodes;
        assertEquals(
                List.of(NodeKind.USERS, NodeKind.EDGE, NodeKind.SHIELD, NodeKind.ORIGIN),
                nodes.stream().map(n -> n.kind).toList());
        assertTrue(
                linked("users-1", "edge-1") && linked("edge-1", "shield-1") && linked("shield-1", "origin-1"),
                "each added node is linked from the focused one: "
                        + vm.scenario().topology.links.stream()
                                .map(l -> l.from + "→" + l.to)
                                .toList());
        assertTrue(
                vm.problems().stream().noneMatch(p -> p.severity() == dev.cdnx.model.problem.Problem.Severity.ERROR),
                "a drawing that runs: " + vm.problems());
        assertTrue(canvas.getAccessibleText().startsWith("origin-1, origin"), canvas.getAccessibleText());

        // Tab walks the nodes; arrows move the focused one (Shift: bigger steps)
        key(robot, KeyCode.TAB);
        assertTrue(vm.selection().isEmpty(), "Tab after the last node leaves the canvas");
        robot.interact(canvas::requestFocus);
        key(robot, KeyCode.TAB);
        assertEquals(List.of(nodes.get(0)), vm.selection().nodeList(), "back on the canvas, Tab starts at the first");
        key(robot, KeyCode.TAB);
        NodeSpec edge = vm.scenario().node("edge-1");
        assertEquals(List.of(edge), vm.selection().nodeList());
        double x = edge.x;
        double y = edge.y;
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals(y + KeyboardEditing.STEP, edge.y, 0.05);
        assertEquals(x + KeyboardEditing.BIG_STEP, edge.x, 0.05);

        // a second edge beside the first, linked to the shield chosen by name
        key(robot, KeyCode.E);
        NodeSpec second = vm.selection().nodeList().get(0);
        assertEquals(NodeKind.EDGE, second.kind);
        key(robot, KeyCode.L);
        robot.write("shie");
        key(robot, KeyCode.ENTER);
        assertTrue(
                linked(second.name, "shield-1"),
                vm.scenario().topology.links.stream()
                        .map(l -> l.from + "→" + l.to)
                        .toList()
                        .toString());

        NodeSpec shield = vm.scenario().node("shield-1");
        assertEquals(List.of(shield), vm.selection().nodeList(), "the focus follows the link");
        key(robot, KeyCode.DELETE);
        assertNull(vm.scenario().node("shield-1"), "Delete removes the focused node");
    }

    @Test
    void ctrlFFindsANodeByPartOfItsNameAndFramesIt(FxRobot robot) {
        robot.interact(() -> view.files().openSample("hello-cdn"));
        robot.interact(() -> vm.viewport().reset());
        robot.interact(canvas::requestFocus);
        key(robot, KeyCode.CONTROL, KeyCode.F);
        assertTrue(view.actions().findPopup.isShowing(), "Ctrl+F opens Find");
        robot.write("tok");
        assertEquals(
                List.of("edge-tokyo", "users-tokyo"),
                view.actions().findPopup.suggestions().stream().map(n -> n.name).toList(),
                "suggestions as you type");
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.ENTER);
        NodeSpec users = vm.scenario().node("users-tokyo");
        assertEquals(List.of(users), vm.selection().nodeList());
        Point2D at = vm.viewport().toScreen(users.x, users.y);
        assertEquals(canvas.getWidth() / 2, at.getX(), 1, "framed: in the middle of the view");
        assertEquals(canvas.getHeight() / 2, at.getY(), 1);
    }

    @Test
    void newFromTemplateOpensAnUntitledCopyOfTheTemplate(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu file = bar.getMenus().stream()
                .filter(m -> "menu-file".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        javafx.scene.control.Menu templates = (javafx.scene.control.Menu) file.getItems().stream()
                .filter(m -> "menu-templates".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Single Edge", "Edges and a Shield", "Multi-CDN", "Regional Caches"),
                templates.getItems().stream()
                        .map(javafx.scene.control.MenuItem::getText)
                        .toList());
        robot.interact(() -> templates.getItems().get(2).fire());
        assertEquals("Two CDNs behind DNS steering", vm.scenario().name);
        assertEquals(1, vm.scenario().regions.size(), "the template's region came along");
        assertNull(view.files().fileProperty().get(), "no file: Save asks where");
        assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    }

    @Test
    void aDraggedNodeSnapsToAnotherNodesCentreLine(FxRobot robot) {
        robot.interact(() -> view.files().openSample("hello-cdn"));
        NodeSpec london = vm.scenario().node("edge-london");
        NodeSpec users = vm.scenario().node("users-london");
        robot.interact(() -> {
            vm.viewport().reset();
            vm.viewport().panBy(canvas.getWidth() / 2 - london.x, canvas.getHeight() / 2 - london.y);
        });
        Point2D from = canvas.localToScreen(vm.viewport().toScreen(london.x, london.y));
        // to 3 px right of users-london's centre line and well below it
        double dx = users.x + 3 - london.x;
        robot.drag(from).moveBy(dx / 2, 60).moveBy(dx / 2, 60);
        assertNotNull(robot.lookup("#guide-vertical").tryQuery().orElse(null), "the guide is drawn while dragging");
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(users.x, london.x, 0.11, "snapped onto the centre line");
        assertTrue(robot.lookup("#guide-vertical").tryQuery().isEmpty(), "the guide goes with the drag");
    }
}
