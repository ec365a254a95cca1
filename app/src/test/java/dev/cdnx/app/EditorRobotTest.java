package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeSpec;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window driven by a robot (headless Monocle): gestures find nodes by id. */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class EditorRobotTest {

    private MainView view;
    private EditorViewModel vm;
    private CanvasView canvas;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        view = MainWindows.show(stage, "hello-cdn");
        vm = view.viewModel();
        canvas = view.canvas();
        canvas.applyCss();
        canvas.layout();
    }

    /** Zoom 100 % with a world point in the middle of the canvas. */
    private void centreOn(FxRobot robot, double wx, double wy) {
        robot.interact(() -> {
            vm.viewport().reset();
            vm.viewport().panBy(canvas.getWidth() / 2 - wx, canvas.getHeight() / 2 - wy);
        });
    }

    private Point2D screenOf(double wx, double wy) {
        Point2D local = vm.viewport().toScreen(wx, wy);
        return canvas.localToScreen(local);
    }

    private Point2D screenOf(String node) {
        NodeSpec n = vm.scenario().node(node);
        return screenOf(n.x, n.y);
    }

    private String json() {
        return ScenarioIO.toJson(vm.scenario());
    }

    @Test
    void placeFromPaletteThenUndoRedo(FxRobot robot) {
        centreOn(robot, 900, 400);
        String before = json();
        robot.drag("#palette-shield").dropTo(screenOf(900, 400));
        WaitForAsyncUtils.waitForFxEvents();
        NodeSpec placed = vm.scenario().node("shield-1");
        assertNotNull(placed, "dropped shield");
        assertEquals(900, placed.x, 2);
        assertNotNull(robot.lookup("#node-shield-1").query());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, json());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm.scenario().node("shield-1"));
    }

    @Test
    void linkFromPortAllowedAndRefused(FxRobot robot) {
        centreOn(robot, 800, 300);
        robot.interact(() -> vm.addNode(dev.cdnx.model.scenario.NodeKind.EDGE, 900, 400));
        int links = vm.scenario().topology.links.size();
        // users → origin is refused by the model's link rules
        robot.moveTo(screenOf("users-london")).moveTo("#port-users-london");
        robot.drag("#port-users-london").dropTo(screenOf("origin-us-east"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(links, vm.scenario().topology.links.size());
        assertTrue(
                vm.statusProperty().get().contains("Link refused"),
                vm.statusProperty().get());
        // edge → shield is allowed
        robot.moveTo(screenOf("edge-1"));
        robot.drag("#port-edge-1").dropTo(screenOf("shield-chicago"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(links + 1, vm.scenario().topology.links.size());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(links, vm.scenario().topology.links.size());
    }

    @Test
    void moveIsOneUndoStep(FxRobot robot) {
        centreOn(robot, 1000, 250);
        String before = json();
        NodeSpec london = vm.scenario().node("edge-london");
        double x = london.x;
        robot.drag(screenOf("edge-london"), MouseButton.PRIMARY)
                .moveBy(40, 10)
                .moveBy(40, 10)
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x + 80, london.x, 2);
        assertEquals(1, vm.commands().size());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, json());
    }

    @Test
    void rubberBandCopyPasteDelete(FxRobot robot) {
        // users-tokyo and edge-tokyo sit around world (1760..1776, 288..302)
        centreOn(robot, 1760, 290);
        robot.drag(screenOf(1700, 240), MouseButton.PRIMARY).dropTo(screenOf(1820, 340));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.selection().nodes().size());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm.scenario().node("edge-tokyo-1"));
        assertEquals(10, vm.scenario().topology.nodes.size());
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.scenario().node("edge-tokyo-1"));
        assertEquals(8, vm.scenario().topology.nodes.size());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(vm.scenario().node("edge-tokyo-1"));
    }

    @Test
    void wheelZoomsAroundTheCursor(FxRobot robot) {
        centreOn(robot, 1000, 250);
        double s = vm.viewport().scale();
        robot.moveTo(screenOf("edge-london")).scroll(javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.viewport().scale() != s, "zoom changed");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.viewport().scale() > 0.1);
    }

    @Test
    void propertySheetRefusesBadUnits(FxRobot robot) {
        centreOn(robot, 1000, 250);
        robot.clickOn(screenOf("edge-london"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#prop-capacity").eraseText(10).write("lots").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label err = robot.lookup("#property-error").query();
        assertTrue(err.isVisible() && !err.getText().isEmpty(), err.getText());
        javafx.scene.control.TextField field = robot.lookup("#prop-capacity").query();
        assertTrue(field.getStyleClass().contains(dev.cdnx.app.theme.Styles.INVALID));
        assertEquals("lots", field.getText());
        assertEquals(0, vm.commands().size());
    }

    @Test
    void saveAndReopenEqual(FxRobot robot) throws Exception {
        centreOn(robot, 1000, 500);
        robot.drag("#palette-edge").dropTo(screenOf(1000, 500));
        WaitForAsyncUtils.waitForFxEvents();
        Path f = dir.resolve("saved.json");
        robot.interact(() -> {
            try {
                view.files().saveAs(f);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String saved = json();
        robot.interact(() -> view.files().newDocument());
        assertEquals(0, vm.scenario().topology.nodes.size());
        robot.interact(() -> view.files().open(f));
        assertEquals(saved, json());
        assertNotNull(robot.lookup("#node-edge-1").query());
    }

    @Test
    void ctrlAInATextFieldSelectsItsTextNotTheDrawing(FxRobot robot) {
        robot.interact(() -> {
            vm.selection().nodes().clear();
            vm.selection().nodes().add(vm.scenario().node("edge-london"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField field = robot.lookup("#properties .text-field")
                .match(javafx.scene.Node::isVisible)
                .queryAs(javafx.scene.control.TextField.class);
        assertNotNull(field, "the property sheet shows a text field for the selected edge");
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.selection().nodes().size(), "Ctrl+A while typing leaves the drawing's selection alone");
        assertEquals(field.getText(), field.getSelectedText(), "it selects the field's text");

        robot.clickOn(canvas, MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                vm.scenario().topology.nodes.size(),
                vm.selection().nodes().size(),
                "on the canvas it still selects every node");
    }

    @Test
    void theSweepRunsFieldTakesTypedDigitsAndKeepsCtrlAToItself(FxRobot robot) {
        robot.clickOn("#panel-tab-compare");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Spinner<?> steps =
                robot.lookup("#sweep-steps").queryAs(javafx.scene.control.Spinner.class);
        robot.clickOn(steps.getEditor());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.selection().nodes().isEmpty(), "Ctrl+A in the runs field did not select the drawing");
        robot.write("12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, steps.getValue(), "typed digits are the number of runs");
    }

    @Test
    void pngExportIsTheDrawingCroppedWithoutTheKeys(FxRobot robot) throws Exception {
        robot.interact(canvas::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();
        Path out = dir.resolve("drawing.png");
        // The keys may be folded away in a small test window: the export must leave each as it found it.
        boolean legendShown = robot.lookup("#run-legend").query().isVisible();
        boolean minimapShown = robot.lookup("#minimap").query().isVisible();
        double legendOpacity = robot.lookup("#run-legend").query().getOpacity();
        robot.interact(() -> {
            try {
                view.exports().writePng(out, false, false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
        assertTrue(
                img.getWidth() <= canvas.getWidth() + 1 && img.getHeight() <= canvas.getHeight() + 1,
                "no wider than the canvas: " + img.getWidth() + "x" + img.getHeight());
        // hello-cdn is a band across the map: the crop is far shorter than the view, legend and minimap left out.
        assertTrue(img.getHeight() < canvas.getHeight() * 0.8, "cropped to the drawing: " + img.getHeight());
        assertEquals(legendShown, robot.lookup("#run-legend").query().isVisible(), "the legend as it was");
        assertEquals(legendOpacity, robot.lookup("#run-legend").query().getOpacity(), 0, "and as opaque");
        assertEquals(minimapShown, robot.lookup("#minimap").query().isVisible(), "the minimap too");

        Path keys = dir.resolve("keys.png");
        robot.interact(() -> {
            try {
                view.exports().writePng(keys, false, true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage all = javax.imageio.ImageIO.read(keys.toFile());
        assertEquals((float) Math.round(canvas.getHeight()), all.getHeight(), 1, "with the keys: the whole view");
    }
}
