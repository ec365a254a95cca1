package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.timeline.EventKind;
import dev.cdnx.model.timeline.RunEvent;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The multi-CDN story's outage and failover as markers on the progress bar; the robot hovers and clicks. */
@ExtendWith(ApplicationExtension.class)
class EventTrackFxTest {

    private RunViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new RunViewModel(new ScenarioDocument(FxTestSupport.sample("multi-cdn.json")));
        BorderPane root = new BorderPane();
        root.setTop(new RunToolbar(vm));
        stage.setScene(PaletteScenes.of(root, 1400, 300));
        stage.show();
        vm.startPulses();
    }

    @Stop
    void stop() {
        vm.dispose();
    }

    private RunEvent event(EventKind kind) {
        return vm.timeline().events().stream()
                .filter(e -> e.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachEventHasAMarkerWithItsLineAsTooltipAndAClickJumpsJustBeforeIt(FxRobot robot) throws Exception {
        RunEvent fault = event(EventKind.FAULT);
        EventTrack track = robot.lookup("#run-event-track").query();
        Region marker = track.markerOf(fault);
        assertNotNull(marker);
        assertEquals(2, robot.lookup("." + EventTrack.MARKER).queryAll().size());
        Tooltip tip = (Tooltip) marker.getProperties().get("javafx.scene.control.Tooltip");
        assertEquals("00:05:00  Fault: provider-a (4 nodes) goes down; its caches are lost", tip.getText());
        // Half the bar is 5:00 of a 10:00 run: the fault's marker sits in the middle.
        double mid = marker.getBoundsInParent().getCenterX() / track.getWidth();
        assertEquals(0.5, mid, 0.02);
        robot.clickOn(marker);
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !vm.seekingProperty().get()
                        && Math.abs(vm.simTimeProperty().get() - 298) < 0.5);
        assertEquals(fault, vm.timeline().focusProperty().get());
    }

    @Test
    void theEventListIsOneLastingObjectSoListenersOnItAreNotCollected() {
        // A new read-only wrapper per call held its listeners weakly: the markers never saw an update.
        assertSame(vm.timeline().events(), vm.timeline().events());
    }

    @Test
    void nextAndPreviousEventStepThroughTheMarkers() throws Exception {
        RunEvent failover = FxTestSupport.fx(() -> {
            vm.timeline().next();
            return vm.timeline().focusProperty().get();
        });
        assertEquals(EventKind.FAULT, failover.kind());
        FxTestSupport.await(
                () -> !vm.seekingProperty().get() && vm.simTimeProperty().get() >= 297.5, 60_000);
        assertEquals(
                EventKind.DNS_FAILOVER,
                FxTestSupport.fx(() -> vm.timeline().next()).kind());
        FxTestSupport.await(
                () -> !vm.seekingProperty().get() && vm.simTimeProperty().get() >= 357.5, 60_000);
        assertEquals(
                EventKind.FAULT,
                FxTestSupport.fx(() -> vm.timeline().previous()).kind());
        FxTestSupport.await(
                () -> !vm.seekingProperty().get()
                        && Math.abs(vm.simTimeProperty().get() - 298) < 0.5,
                60_000);
    }

    @Test
    void slowingDownNearAnEventEasesTheSpeedAndGivesTheUsersSpeedBack() throws Exception {
        FxTestSupport.fxRun(() -> {
            vm.speedProperty().set(10);
            vm.timeline().slowNearEventsProperty().set(true);
            vm.timeline().next();
        });
        FxTestSupport.await(
                () -> !vm.seekingProperty().get() && vm.simTimeProperty().get() >= 297.5, 60_000);
        FxTestSupport.awaitFrames(vm, 3);
        assertTrue(FxTestSupport.fx(() -> vm.speedProperty().get()) < 2, "eased down from 10x before the fault");
        assertEquals(10, FxTestSupport.fx(() -> vm.timeline().userSpeed()));
        FxTestSupport.fxRun(() -> vm.timeline().slowNearEventsProperty().set(false));
        assertEquals(10, FxTestSupport.fx(() -> vm.speedProperty().get()), 0.5);
    }
}
