package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.compare.DiffRow;
import dev.cdnx.model.units.SimDuration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Honest comparisons: a baseline from one scenario against a run of another says so and asks first. */
class CompareScenarioFxTest extends ComparePanelTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DiffRow hitRow(FxRobot robot) {
        TableView<DiffRow> table = robot.lookup("#compare-table").queryTableView();
        return table.getItems().stream()
                .filter(r -> r.name().equals("Hit ratio"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBaselineFromAnotherScenarioShowsTheWarningAndWaitsForConsent(FxRobot robot) throws Exception {
        var vm = panels.compare();
        Node warning = robot.lookup("#compare-scenario-warning").query();
        robot.clickOn("#compare-run");
        waitUntil(() ->
                vm.currentProperty().get() != null && !vm.runningProperty().get());
        robot.clickOn("#compare-pin");
        assertFalse(warning.isVisible(), "same scenario: no warning");
        robot.interact(() -> doc.replace(Samples.load("single-request", "duration=30s")));
        var before = vm.currentProperty().get();
        robot.clickOn("#compare-run");
        waitUntil(() -> !Objects.equals(vm.currentProperty().get(), before)
                && !vm.runningProperty().get());
        assertTrue(warning.isVisible());
        String text = robot.lookup("#compare-scenario-warning-text")
                .queryAs(Label.class)
                .getText();
        assertTrue(text.startsWith("Different scenarios: the baseline ran Hello CDN ("), text);
        assertTrue(text.contains("the current run Single request, pull ("), text);
        assertTrue(hitRow(robot).baseline().isEmpty(), "not mixed before the person agrees");
        LineChart<?, ?> overlay = robot.lookup("#compare-overlay").queryAs(LineChart.class);
        assertEquals(1, overlay.getData().size());
        robot.clickOn("#compare-anyway");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hitRow(robot).baseline().isEmpty());
        assertEquals(2, overlay.getData().size());
        robot.interact(overlay::applyCss);
        javafx.scene.shape.Path baseline =
                (javafx.scene.shape.Path) overlay.getData().get(0).getNode();
        javafx.scene.shape.Path current =
                (javafx.scene.shape.Path) overlay.getData().get(1).getNode();
        assertEquals(List.of(7.0, 5.0), List.copyOf(baseline.getStrokeDashArray()), "the baseline is dashed");
        assertTrue(current.getStrokeDashArray().isEmpty(), "the current run is solid");
        assertFalse(baseline.getStroke().equals(current.getStroke()), "and a different colour");
        assertTrue(warning.isVisible(), "the warning stays while the runs are mixed");
    }

    @Test
    void aChangedSettingOfTheSameScenarioIsNoMismatch(FxRobot robot) throws Exception {
        var vm = panels.compare();
        robot.clickOn("#compare-run");
        waitUntil(() ->
                vm.currentProperty().get() != null && !vm.runningProperty().get());
        robot.clickOn("#compare-pin");
        robot.interact(() -> doc.updateSettings(s -> s.policy.ttl = SimDuration.ofSeconds(2)));
        var before = vm.currentProperty().get();
        robot.clickOn("#compare-run");
        waitUntil(() -> !Objects.equals(vm.currentProperty().get(), before)
                && !vm.runningProperty().get());
        assertEquals("", vm.mismatchProperty().get());
        assertFalse(hitRow(robot).baseline().isEmpty());
    }
}
