package dev.cdnx.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.lessons.Lessons;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The interview cards: reveal, open the scenario (an existing sample each), start the lesson. */
@ExtendWith(ApplicationExtension.class)
class InterviewCardsFxTest {

    private EngineLessonHost host;
    private LessonsViewModel vm;
    private LessonsPanel panel;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        host = new EngineLessonHost();
        vm = new LessonsViewModel(host, name -> {
            opened.add(name);
            host.sampleLoader().accept(name);
        });
        host.attach(vm);
        panel = new LessonsPanel(vm);
        stage.setScene(PaletteScenes.of(panel, 560, 700));
        stage.show();
    }

    @Stop
    void stop() {
        host.dispose();
    }

    @Test
    void everyCardOpensAnExistingSample(FxRobot robot) {
        robot.clickOn("#tab-cards .tab-label");
        List<Lessons.InterviewCard> cards = Lessons.interviewCards();
        for (int i = 0; i < cards.size(); i++) {
            Lessons.InterviewCard card = cards.get(i);
            assertEquals(
                    card.question(),
                    robot.lookup("#card-question").queryAs(Label.class).getText());
            assertFalse(robot.lookup("#card-answer").query().isVisible());
            press(robot, "#card-reveal", i);
            assertTrue(robot.lookup("#card-answer").query().isVisible());
            assertEquals(
                    card.answer(),
                    robot.lookup("#card-answer").queryAs(Label.class).getText());
            press(robot, "#card-open-scenario", i);
            assertEquals(card.sample(), opened.get(opened.size() - 1));
            assertTrue(Samples.exists(card.sample()), card.sample());
            assertEquals(Samples.load(card.sample()).name, host.scenario().name);
            press(robot, "#card-next", i);
        }
        assertEquals(cards.size(), opened.size());
    }

    /**
     * The first card's buttons are clicked with the mouse; the others' are fired, the same action without the
     * robot's half-second glide to each button (thirty of them took 16 s of the build).
     */
    private static void press(FxRobot robot, String button, int card) {
        if (card == 0) {
            robot.clickOn(button);
        } else {
            robot.interact(robot.lookup(button).queryAs(Button.class)::fire);
        }
    }

    @Test
    void startTheLessonOpensItInTheLessonsTab(FxRobot robot) {
        robot.clickOn("#tab-cards .tab-label");
        robot.clickOn("#card-start-lesson");
        Lessons.InterviewCard card = Lessons.interviewCards().get(0);
        assertEquals(card.lesson(), vm.lessonProperty().get().id());
        assertEquals(card.sample(), opened.get(opened.size() - 1));
        assertTrue(robot.lookup("#lesson-show-me").query().isVisible());
    }

    @Test
    void glossaryTooltipsCarryTheDefinition() {
        Tooltip t = Glossary.tooltip("origin shield");
        assertTrue(t.getText().contains(Lessons.term("origin shield").definition()));
        assertTrue(Glossary.tooltip("no such term").getText().contains("not in the glossary"));
    }
}
