package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.cdnx.app.MainView;
import dev.cdnx.app.MainWindows;
import dev.cdnx.app.theme.CanvasPaints;
import dev.cdnx.app.theme.Theme;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Dark Theme recolours everything at once (#18 item 4): the canvas, and the live run's dots, rings
 * and legend, which used to keep the colours they read when they were first shown.
 */
@Tag("robot")
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchRobotTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        Theme.select(Theme.LIGHT);
        view = MainWindows.show(stage, "hello-cdn");
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what, e);
        }
    }

    @AfterEach
    void backToLight() {
        var unused = WaitForAsyncUtils.asyncFx(() -> Theme.select(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void switchingToTheDarkThemeRecoloursTheCanvasTheDotsAndTheLegendLive(FxRobot robot) throws Exception {
        RunOverlay overlay = robot.lookup("#run-overlay").queryAs(RunOverlay.class);
        Legend legend = robot.lookup("#run-legend").queryAs(Legend.class);
        waitFor("the overlay's first frame", () -> overlay.colors().generation > 0);
        ThemeColors c = overlay.colors();
        int lightRequest = c.dotArgb[DotClass.REQUEST];
        Color lightTrack = c.track;
        int lightIcon = legend.iconArgb(DotClass.REQUEST);
        Object lightSea = view.canvas().paints().get(CanvasPaints.Key.SEA);
        assertEquals(lightRequest, lightIcon | 0, "the legend draws the map's colour");

        robot.clickOn("View");
        robot.clickOn("Dark Theme");
        waitFor("the dots to change colour", () -> c.dotArgb[DotClass.REQUEST] != lightRequest);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Color.web("#BBBBBB"), c.dotColor(DotClass.REQUEST), "dots: the dark theme's request grey");
        assertNotEquals(lightTrack, c.track, "cache rings");
        assertEquals(c.dotArgb[DotClass.REQUEST], legend.iconArgb(DotClass.REQUEST), "legend icons");
        assertNotEquals(lightSea, view.canvas().paints().get(CanvasPaints.Key.SEA), "canvas");
    }
}
