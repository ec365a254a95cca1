package dev.cdnx.app.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.lab.LabExchange;
import dev.cdnx.model.http.CacheOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lab trip drawn on a stage: one dot per hop of a node in the drawing, in the live run's colours, gone once played. */
@ExtendWith(ApplicationExtension.class)
class LabTripLayerFxTest {

    private static final Map<String, Point2D> AT =
            Map.of("origin", new Point2D(100, 100), "shield", new Point2D(300, 100), "edge", new Point2D(500, 100));

    private LabViewModel vm;
    private LabTripLayer layer;

    @Start
    void start(Stage stage) {
        vm = new LabViewModel(Runnable::run, Runnable::run);
        layer = new LabTripLayer(vm, AT::get);
        stage.setScene(new Scene(new Group(layer), 600, 200));
        stage.show();
    }

    private static LabExchange hop(String node, CacheOutcome how) {
        return new LabExchange(node, 7, "GET", "/static/0", 200, node, how, List.of(), List.of(), 0, 1);
    }

    @Test
    void eachHopOfATripIsADotInTheLiveRunsColoursThatGoesOncePlayed(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.exchanges().add(hop("origin", null));
            vm.exchanges().add(hop("shield", CacheOutcome.MISS));
            vm.exchanges().add(hop("nowhere", CacheOutcome.HIT));
        });
        robot.interact(() -> {
            assertEquals(2, layer.dots(), "a node that is not in the drawing gets no dot");
            Circle fromShield = (Circle) layer.getChildren().get(1);
            assertEquals(LabTripLayer.colour(hop("shield", CacheOutcome.MISS)), fromShield.getFill());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> layer.dots() == 0);
    }
}
