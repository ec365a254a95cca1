package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.compare.DiffRow;
import dev.cdnx.app.panels.compare.SweepParameter;
import dev.cdnx.model.units.SimDuration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Robot tests of the Compare tab, headless on Monocle: pin a baseline; run a sweep and cancel it. */
class CompareFxTest extends ComparePanelTest {

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        open(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pinBaselineThenRunAgainShowsTheDifference(FxRobot robot) throws Exception {
        var vm = panels.compare();
        robot.clickOn("#compare-run");
        waitUntil(() ->
                vm.currentProperty().get() != null && !vm.runningProperty().get());
        robot.clickOn("#compare-pin");
        assertEquals(vm.currentProperty().get(), vm.baselineProperty().get());
        robot.interact(() -> doc.updateSettings(s -> s.policy.ttl = SimDuration.ofSeconds(2)));
        var before = vm.currentProperty().get();
        robot.clickOn("#compare-run");
        waitUntil(() -> !Objects.equals(vm.currentProperty().get(), before)
                && !vm.runningProperty().get());
        TableView<DiffRow> table = robot.lookup("#compare-table").queryTableView();
        DiffRow hit = table.getItems().stream()
                .filter(r -> r.name().equals("Hit ratio"))
                .findFirst()
                .orElseThrow();
        assertFalse(hit.baseline().isEmpty());
        assertEquals(DiffRow.Verdict.WORSE, hit.verdict());
        assertFalse(robot.lookup(".cdn-worse").queryAll().isEmpty(), "a worse difference is styled");
        assertEquals(
                2,
                robot.lookup("#compare-overlay")
                        .queryAs(javafx.scene.chart.LineChart.class)
                        .getData()
                        .size(),
                "baseline and current overlaid");
    }

    @Test
    void aSweepCanBeCancelledBetweenRuns(FxRobot robot) throws Exception {
        var sw = panels.compare().sweep();
        robot.interact(() -> {
            // Runs long enough (about 0.3 s each) that the click on Cancel lands mid-sweep.
            doc.updateSettings(s -> s.duration = SimDuration.ofSeconds(600));
            sw.parameterProperty().set(SweepParameter.TTL_JITTER);
            sw.stepsProperty().set(30);
        });
        robot.clickOn("#sweep-run");
        waitUntil(() -> sw.progressProperty().get() > 0);
        assertTrue(robot.lookup("#sweep-progress").query().isVisible());
        robot.clickOn("#sweep-cancel");
        waitUntil(() -> !sw.runningProperty().get());
        assertTrue(
                sw.statusProperty().get().startsWith("Cancelled"),
                sw.statusProperty().get());
        assertTrue(
                sw.rows().size() >= 1 && sw.rows().size() < 30,
                "rows " + sw.rows().size());
        assertEquals(
                sw.rows().size(),
                robot.lookup("#sweep-table").queryTableView().getItems().size());
    }
}
