package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Robot tests of the Decision and Checks tabs: override and revert from the tree; a check selects nodes. */
@ExtendWith(ApplicationExtension.class)
class DecisionChecksFxTest {

    private PanelsController panels;
    private ScenarioDocument doc;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        doc = new ScenarioDocument(Samples.load("personalized"));
        Path folder = Samples.file("personalized").getParent();
        panels = new PanelsController(doc, () -> folder);
        TabPane tabs = new TabPane();
        tabs.getTabs().setAll(panels.tabs());
        stage.setScene(PaletteScenes.of(tabs, 1200, 720));
        stage.show();
    }

    @Test
    void overrideFromTheTreeAndRevert(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("decision"));
        // The trees are drawn again, citing the run, once the verdict's runs are in: click after that.
        awaitVerdict();
        String q =
                panels.decision().result(DecisionTrees.PULL_PUSH).path().get(0).questionId();
        String taken =
                panels.decision().result(DecisionTrees.PULL_PUSH).path().get(0).answerId();
        String other = DecisionTrees.pullPush().question(q).answers().stream()
                .map(a -> a.id())
                .filter(id -> !id.equals(taken))
                .findFirst()
                .orElseThrow();
        // Give the trees the whole panel: the verdict above them would push the question's menu out of view.
        robot.interact(() -> {
            javafx.scene.Parent p =
                    robot.lookup("#decision-verdict-scroll").query().getParent();
            while (!(p instanceof javafx.scene.control.SplitPane)) {
                p = p.getParent();
            }
            ((javafx.scene.control.SplitPane) p).setDividerPositions(0.0);
            // The root sits above the middle of a wide tree: scroll it into view.
            javafx.scene.Node box = robot.lookup("#question-" + q).query();
            javafx.scene.Parent up = box.getParent();
            while (!(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) up;
            double content = sp.getContent().getLayoutBounds().getWidth();
            double view = sp.getViewportBounds().getWidth();
            double x = sp.getContent()
                    .sceneToLocal(box.localToScene(box.getLayoutBounds()))
                    .getMinX();
            sp.setHvalue(content <= view ? 0 : Math.min(1, Math.max(0, (x - 20) / (content - view))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#override-" + q);
        robot.clickOn("#override-" + q + "-" + other);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, doc.scenario().decisions.overrides.get(q));
        assertTrue(panels.decision().step(DecisionTrees.PULL_PUSH, q).overridden());
        assertTrue(robot.lookup("#question-" + q).query().getStyleClass().contains(PanelStyles.OVERRIDDEN));
        awaitVerdict();
        robot.clickOn("#revert-" + q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(doc.scenario().decisions.overrides.containsKey(q));
        assertFalse(panels.decision().step(DecisionTrees.PULL_PUSH, q).overridden());
    }

    private void awaitVerdict() throws Exception {
        WaitForAsyncUtils.waitFor(
                240,
                TimeUnit.SECONDS,
                () -> panels.decision().verdictProperty().get() != null
                        && !panels.decision().weighing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theVerdictBlockShowsTheThreeWitnessesAndTheBypassReason(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("decision"));
        WaitForAsyncUtils.waitFor(
                240, TimeUnit.SECONDS, () -> panels.decision().verdictProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#verdict-witness-tree", "#verdict-witness-bill", "#verdict-witness-runs")) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        String reason = robot.lookup("#verdict-reason").queryAs(Label.class).getText();
        assertTrue(reason.contains("personalised path off the cache"), reason);
        assertTrue(robot.lookup("#verdict-tree").queryAs(Label.class).getText().startsWith("Bypass the cache"));
    }

    @Test
    void everyCheckIsListedWithItsStatusAndAFixIsUndoable(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("checks"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                dev.cdnx.model.checks.ArchitectureChecks.all().size(),
                panels.checks().all().size());
        assertTrue(robot.lookup("#checks-group-passed")
                .queryAs(javafx.scene.control.TitledPane.class)
                .getText()
                .startsWith("Passed ("));
        assertFalse(robot.lookup("#checks-group-passed")
                .queryAs(javafx.scene.control.TitledPane.class)
                .isExpanded());
        var ttl = dev.cdnx.model.checks.ArchitectureChecks.all().stream()
                .filter(c -> c.id().equals("ttl-no-jitter"))
                .findFirst()
                .orElseThrow();
        assertTrue(panels.checks().all().stream().anyMatch(c -> c.id().equals(ttl.id())));
    }

    @Test
    void clickingACheckSelectsItsNodes(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("checks"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !panels.checks().fired().isEmpty());
        // Where the first row is, taken at once on the FX thread: the rows are rebuilt when the outcomes change
        // (e.g. once the Cost panel's pull bill is in), and a row looked up before the robot's glide to it
        // could be gone from the scene when the click lands. A row rebuilt in the same place takes the click.
        WaitForAsyncUtils.waitForFxEvents();
        Point2D row = WaitForAsyncUtils.asyncFx(() -> {
                    Node first = robot.lookup(".cdn-check-cell").query();
                    Bounds b = first.localToScreen(first.getBoundsInLocal());
                    return new Point2D(b.getCenterX(), b.getCenterY());
                })
                .get();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(panels.checks().fired().get(0).nodes(), panels.nodesToSelect());
        assertFalse(panels.nodesToSelect().isEmpty());
    }
}
