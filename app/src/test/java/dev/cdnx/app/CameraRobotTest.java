package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.Camera;
import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.Viewport;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.lessons.Lesson;
import dev.cdnx.model.lessons.LessonStep;
import dev.cdnx.model.lessons.Lessons;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The camera in the real window: opening a sample or a lesson shows the whole drawing; a lesson frames its node. */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class CameraRobotTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        Scene scene = new Scene(view, 1200, 760);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        view.workbench().run().pause();
    }

    private CanvasView canvas() {
        return view.canvas();
    }

    private Camera camera() {
        return canvas().camera();
    }

    /** The view is somewhere useless: zoomed in far away from every node. */
    private void lose(FxRobot robot) {
        robot.interact(() -> {
            Viewport vp = view.viewModel().viewport();
            vp.scaleProperty().set(4);
            vp.txProperty().set(9000);
            vp.tyProperty().set(-9000);
        });
    }

    private boolean onScreen(NodeSpec n) {
        Point2D p = view.viewModel().viewport().toScreen(n.x, n.y);
        return p.getX() >= 0 && p.getY() >= 0 && p.getX() <= canvas().getWidth() && p.getY() <= canvas().getHeight();
    }

    private boolean allOnScreen() {
        return view.viewModel().scenario().topology.nodes.stream().allMatch(this::onScreen);
    }

    private void awaitStill(String what, java.util.concurrent.Callable<Boolean> c) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    60, TimeUnit.SECONDS, () -> !camera().movingProperty().get() && c.call());
        } catch (java.util.concurrent.TimeoutException e) {
            Viewport vp = view.viewModel().viewport();
            throw new AssertionError(
                    what + ": not in view; scale " + vp.scale() + ", tx " + vp.tx() + ", ty " + vp.ty()
                            + ", canvas " + canvas().getWidth() + "x" + canvas().getHeight() + ", off screen: "
                            + view.viewModel().scenario().topology.nodes.stream()
                                    .filter(n -> !onScreen(n))
                                    .limit(3)
                                    .map(n -> n.name + "@" + n.x + "," + n.y)
                                    .toList(),
                    e);
        }
    }

    @Test
    void openingAnySampleFitsTheWholeDrawing(FxRobot robot) throws Exception {
        for (String name : SampleIndex.names()) {
            lose(robot);
            // Not robot.interact: opening the 300-node sample on a loaded machine can outlast its minute.
            WaitForAsyncUtils.asyncFx(() -> view.files().openSample(name)).get(180, TimeUnit.SECONDS);
            awaitStill(name, this::allOnScreen);
        }
    }

    @Test
    void openingAnyLessonFitsItsDrawingAndAStepsNodeIsOnScreen(FxRobot robot) throws Exception {
        for (Lesson lesson : Lessons.lessons()) {
            lose(robot);
            robot.interact(() -> view.workbench().lessons().open(lesson));
            awaitStill(lesson.id(), this::allOnScreen);
        }
        Lesson single = Lessons.lessons().stream()
                .filter(l -> l.id().equals("single-request"))
                .findFirst()
                .orElseThrow();
        LessonStep first = single.steps().get(0);
        assertEquals("edge-tokyo", first.highlight().target());
        robot.interact(() -> view.workbench().lessons().open(single));
        awaitStill("single-request", this::allOnScreen);
        // Zoomed in on New York: Tokyo is off screen, as in the report that led to this camera.
        NodeSpec tokyo = view.viewModel().scenario().node("edge-tokyo");
        robot.interact(() -> {
            Viewport vp = view.viewModel().viewport();
            vp.scaleProperty().set(3);
            vp.txProperty().set(canvas().getWidth() / 2 - 300 * 3);
            vp.tyProperty().set(canvas().getHeight() / 2 - 280 * 3);
        });
        assertFalse(onScreen(tokyo));
        robot.interact(() -> view.workbench().lessons().showMe());
        awaitStill("edge-tokyo", () -> onScreen(tokyo));
        assertEquals(List.of(tokyo), List.copyOf(view.viewModel().selection().nodes()));
    }

    @Test
    void aPanByTheUserStopsTheCameraWhereTheUserPutIt(FxRobot robot) throws Exception {
        robot.interact(() -> view.files().openSample("hello-cdn"));
        awaitStill("hello-cdn", this::allOnScreen);
        lose(robot);
        double[] placed = new double[1];
        robot.interact(() -> {
            camera().fitAll();
            assertTrue(camera().movingProperty().get());
            view.viewModel().viewport().panBy(5, 0);
            placed[0] = view.viewModel().viewport().tx();
        });
        assertFalse(camera().movingProperty().get(), "the user's pan cancels the move");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(placed[0], view.viewModel().viewport().tx());
    }
}
