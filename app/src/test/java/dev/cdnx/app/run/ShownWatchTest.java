package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A view left behind by its window stops painting on pulses; one never put in a window paints as before. */
@ExtendWith(ApplicationExtension.class)
class ShownWatchTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void aViewWhoseSceneIsReplacedStopsPainting(FxRobot robot) {
        Pane view = new Pane();
        AtomicInteger paints = new AtomicInteger();
        Runnable pulse = ShownWatch.whileShown(view, paints::incrementAndGet);
        robot.interact(() -> {
            stage.setScene(new Scene(view, 200, 100));
            pulse.run();
            // the next view takes the window, as a new main view does
            stage.setScene(new Scene(new Pane(), 200, 100));
            pulse.run();
            pulse.run();
        });
        assertEquals(1, paints.get());
    }

    @Test
    void aViewWhoseWindowHidesStopsPaintingAndPaintsAgainWhenShown(FxRobot robot) {
        Pane view = new Pane();
        AtomicInteger paints = new AtomicInteger();
        Runnable pulse = ShownWatch.whileShown(view, paints::incrementAndGet);
        robot.interact(() -> {
            stage.setScene(new Scene(view, 200, 100));
            pulse.run();
            stage.hide();
            pulse.run();
            stage.show();
            pulse.run();
        });
        assertEquals(2, paints.get());
    }

    @Test
    void aViewNeverShownInAWindowPaintsAsBefore(FxRobot robot) {
        Pane view = new Pane();
        AtomicInteger paints = new AtomicInteger();
        Runnable pulse = ShownWatch.whileShown(view, paints::incrementAndGet);
        robot.interact(() -> {
            new Scene(view, 200, 100);
            pulse.run();
            pulse.run();
        });
        assertEquals(2, paints.get());
    }
}
