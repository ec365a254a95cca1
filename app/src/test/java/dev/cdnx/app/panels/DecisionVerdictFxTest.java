package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.DecisionTree;
import dev.cdnx.model.decision.DecisionTrees;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Robot tests of the Decision tab on hello-cdn: the verdict's three witnesses, and interview mode end to end. */
@ExtendWith(ApplicationExtension.class)
class DecisionVerdictFxTest {

    private PanelsController panels;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ScenarioDocument doc = new ScenarioDocument(Samples.load("hello-cdn"));
        Path folder = Samples.file("hello-cdn").getParent();
        panels = new PanelsController(doc, () -> folder);
        TabPane tabs = new TabPane();
        tabs.getTabs().setAll(panels.tabs());
        stage.setScene(PaletteScenes.of(tabs, 1200, 720));
        stage.show();
    }

    private void awaitVerdict(FxRobot robot) throws Exception {
        robot.interact(() -> panels.select("decision"));
        WaitForAsyncUtils.waitFor(
                240, TimeUnit.SECONDS, () -> panels.decision().verdictProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theVerdictBlockShowsTheThreeWitnessesAndWhyTheyDiffer(FxRobot robot) throws Exception {
        awaitVerdict(robot);
        for (String id : List.of("#verdict-witness-tree", "#verdict-witness-bill", "#verdict-witness-runs")) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        assertEquals(
                "Pull CDN", robot.lookup("#verdict-tree").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#verdict-cheapest-measured")
                .queryAs(Label.class)
                .getText()
                .startsWith("Measured: Pull"));
        for (String m : List.of("pull", "push", "hybrid")) {
            assertTrue(robot.lookup("#verdict-run-" + m).tryQuery().isPresent(), m);
        }
        String reason = robot.lookup("#verdict-reason").queryAs(Label.class).getText();
        assertEquals(
                "Why they differ: " + panels.decision().verdictProperty().get().reason(), reason);
        assertTrue(reason.contains("The runs favour Push"), reason);
        assertTrue(
                robot.lookup("#verdict-run-recommended").queryAs(Button.class).isDisabled(),
                "hello-cdn already runs the trees' model");
    }

    @Test
    void interviewModeScoresAnAttemptAndRevealsTheVerdict(FxRobot robot) throws Exception {
        awaitVerdict(robot);
        robot.clickOn("Interview");
        int picks = 0;
        while (robot.lookup("#interview-question").tryQuery().isPresent()) {
            String text =
                    robot.lookup("#interview-question").queryAs(Label.class).getText();
            robot.clickOn("#interview-answer-" + scenarioAnswer(text));
            WaitForAsyncUtils.waitForFxEvents();
            picks++;
        }
        int points = picks + DecisionTrees.all().size();
        assertEquals(
                "Score: " + points + " of " + points,
                robot.lookup("#interview-score").queryAs(Label.class).getText());
        assertTrue(
                robot.lookup("#interview-runs").queryAs(Label.class).getText().contains("The runs favour"));
        robot.clickOn("#interview-restart");
        WaitForAsyncUtils.waitForFxEvents();
        while (robot.lookup("#interview-question").tryQuery().isPresent()) {
            Node first = robot.lookup(
                            (Node n) -> n.getId() != null && n.getId().startsWith("interview-answer-") && n.isVisible())
                    .query();
            robot.clickOn(first);
            WaitForAsyncUtils.waitForFxEvents();
        }
        String score = robot.lookup("#interview-score").queryAs(Label.class).getText();
        assertNotEquals("Score: " + points + " of " + points, score);
        assertFalse(robot.lookup("#interview-reveal")
                .queryAs(javafx.scene.layout.VBox.class)
                .getChildren()
                .isEmpty());
    }

    /** The answer the scenario gives to the question with this text, from the trees' own walk. */
    private String scenarioAnswer(String questionText) {
        for (DecisionTree t : DecisionTrees.all()) {
            for (DecisionTree.Question q : t.questions().values()) {
                DecisionResult r = panels.decision().result(t.id());
                if (q.text().equals(questionText) && r.answerOf(q.id()) != null) {
                    return r.answerOf(q.id());
                }
            }
        }
        throw new AssertionError("no question on the trees' path reads " + questionText);
    }
}
