package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
        stage.setScene(new Scene(tabs, 1200, 720));
        stage.show();
    }

    @Test
    void overrideFromTheTreeAndRevert(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("decision"));
        String q = panels.decision().result(DecisionTrees.PULL_PUSH).path().get(0).questionId();
        String other = panels.decision().result(DecisionTrees.PULL_PUSH).path().get(0).answerId().equals("rare")
                ? "frequent" : "rare";
        robot.clickOn("#override-" + q);
        robot.clickOn("#override-" + q + "-" + other);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other, doc.scenario().decisions.overrides.get(q));
        assertTrue(panels.decision().step(DecisionTrees.PULL_PUSH, q).overridden());
        assertTrue(robot.lookup("#question-" + q).query().getStyleClass().contains(PanelStyles.OVERRIDDEN));
        robot.clickOn("#revert-" + q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(doc.scenario().decisions.overrides.containsKey(q));
        assertFalse(panels.decision().step(DecisionTrees.PULL_PUSH, q).overridden());
    }

    @Test
    void clickingACheckSelectsItsNodes(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("checks"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panels.checks().fired().isEmpty());
        robot.clickOn(".cdn-check-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(panels.checks().fired().get(0).nodes(), panels.nodesToSelect());
        assertFalse(panels.nodesToSelect().isEmpty());
    }
}
