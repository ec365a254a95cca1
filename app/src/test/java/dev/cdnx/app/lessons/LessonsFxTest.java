package dev.cdnx.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.lessons.Lesson;
import dev.cdnx.model.lessons.LessonStep;
import dev.cdnx.model.lessons.Lessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every lesson through the app: the view opens it with an engine-backed host, the robot presses "Show me"
 * on each step, and each step's checks turn ✓ on screen, its notice shows and its highlight reaches the
 * host; the last step says the lesson is complete. The samples run in full (their expectations need it).
 */
@ExtendWith(ApplicationExtension.class)
class LessonsFxTest {

    private EngineLessonHost host;
    private LessonsViewModel vm;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        host = new EngineLessonHost();
        vm = new LessonsViewModel(host, name -> {
            opened.add(name);
            host.sampleLoader().accept(name);
        });
        host.attach(vm);
        stage.setScene(PaletteScenes.of(new LessonsPanel(vm), 520, 760));
        stage.show();
    }

    @Stop
    void stop() {
        host.dispose();
    }

    /**
     * The lessons {@code verify} takes through the screen: together they use every kind of step action
     * (run, panel, set, model) and of highlight (node, chart, panel, cost term, check). Every lesson's
     * figures are checked on the engine by the model's LessonsTest; the others go through the screen
     * under -Pall-tests (CI), as the longest two take half a minute between them.
     */
    static final Set<String> COVERING =
            Set.of("single-request", "viral-shield", "patch-day", "cost-lever", "multi-cdn");

    static Stream<Lesson> covering() {
        return Lessons.lessons().stream().filter(l -> COVERING.contains(l.id()));
    }

    static Stream<Lesson> others() {
        return Lessons.lessons().stream().filter(l -> !COVERING.contains(l.id()));
    }

    @Test
    void theCoveringLessonsUseEveryKindOfActionAndHighlight() {
        Set<String> all = kinds(Lessons.lessons().stream());
        assertEquals(all, kinds(covering()), "a new kind of step needs a lesson that uses it in COVERING");
    }

    private static Set<String> kinds(Stream<Lesson> lessons) {
        Set<String> kinds = new TreeSet<>();
        lessons.flatMap(l -> l.steps().stream()).forEach(step -> {
            kinds.add("action " + step.action().type());
            if (step.highlight() != null) {
                kinds.add("highlight " + step.highlight().kind());
            }
        });
        return kinds;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("covering")
    void showMeCompletesEveryStep(Lesson lesson, FxRobot robot) throws Exception {
        completeEveryStep(lesson, robot);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("others")
    void showMeCompletesEveryStepOfTheOtherLessons(Lesson lesson, FxRobot robot) throws Exception {
        completeEveryStep(lesson, robot);
    }

    private void completeEveryStep(Lesson lesson, FxRobot robot) throws Exception {
        robot.interact(() -> vm.open(lesson));
        assertEquals(List.of(lesson.sample()), opened);
        assertTrue(Samples.exists(lesson.sample()));
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            assertEquals(i, vm.stepIndexProperty().get());
            assertEquals(
                    step.instruction(),
                    robot.lookup("#lesson-instruction").queryAs(Label.class).getText());
            robot.clickOn("#lesson-show-me");
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> !vm.busyProperty().get() && vm.stepMetProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            for (int c = 0; c < step.expect().size(); c++) {
                assertEquals(
                        ExpectationText.MET,
                        robot.lookup("#lesson-check-" + c).queryAs(Label.class).getText(),
                        lesson.id() + " step " + (i + 1) + " check " + c);
            }
            assertTrue(robot.lookup("#lesson-notice").query().isVisible());
            if (step.highlight() != null) {
                EngineLessonHost.Highlight last =
                        host.highlights().get(host.highlights().size() - 1);
                assertEquals(step.highlight().kind(), last.kind());
                assertEquals(step.highlight().target(), last.target());
            }
            if (i < lesson.steps().size() - 1) {
                assertFalse(robot.lookup("#lesson-complete").query().isVisible());
                robot.clickOn("#lesson-next");
            }
        }
        assertTrue(robot.lookup("#lesson-complete").query().isVisible());
        assertEquals(1.0, vm.progressProperty().get(), 1e-9);
        assertTrue(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
    }

    @Test
    void aStepShowsWhatItFoundBeforeItIsDone(FxRobot robot) {
        robot.interact(() -> vm.open("viral-shield"));
        String status = robot.lookup("#lesson-check-0").queryAs(Label.class).getText();
        assertTrue(status.startsWith("not yet"), status);
        assertTrue(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#lesson-notice").query().isVisible());
    }

    @Test
    void aCheckFollowsWhatThePersonDoesByHand(FxRobot robot) throws Exception {
        // viral-shield, whose run is 60,000 requests: the herd lesson's is 8.6 million, and a by-hand edit is
        // checked the same way in either (the herd's "300s" read as "5m" is LessonsTest's, on the model)
        robot.interact(() -> vm.open("viral-shield"));
        robot.interact(() -> vm.next());
        assertEquals(0, vm.stepIndexProperty().get(), "next waits for the step to be done");
        robot.interact(host::runToEnd);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> vm.stepMetProperty().get());
        robot.interact(() -> vm.next());
        assertEquals(1, vm.stepIndexProperty().get());
        assertTrue(
                robot.lookup("#lesson-check-0").queryAs(Label.class).getText().startsWith("not yet: found"));
        robot.interact(() -> host.setField("policy.coalescing", "false"));
        assertEquals(
                ExpectationText.MET,
                robot.lookup("#lesson-check-0").queryAs(Label.class).getText());
    }

    @Test
    void termLinksOpenTheGlossary(FxRobot robot) {
        robot.interact(() -> vm.open("thundering-herd"));
        javafx.scene.control.Hyperlink link =
                robot.lookup(".lesson-term").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                        .filter(h -> h.getText().equals("TTL jitter"))
                        .findFirst()
                        .orElseThrow();
        robot.interact(link::fire);
        assertTrue(robot.lookup("#glossary").query().isVisible(), "the glossary tab shows");
        String definition =
                robot.lookup("#glossary-definition").queryAs(Label.class).getText();
        assertEquals(Lessons.term("TTL jitter").definition(), definition);
    }

    @Test
    void closingReturnsToTheListAndClearsTheHighlight(FxRobot robot) {
        robot.interact(() -> vm.open("cost-lever"));
        robot.clickOn("#lesson-close");
        assertTrue(robot.lookup("#lessons-list").query().isVisible());
        EngineLessonHost.Highlight last =
                host.highlights().get(host.highlights().size() - 1);
        assertEquals(null, last.kind());
    }
}
