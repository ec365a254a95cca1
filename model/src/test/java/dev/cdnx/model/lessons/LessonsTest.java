package dev.cdnx.model.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson runs end to end: each step's expectations are unmet before its action where the action
 * matters, and met after it, on the engine's real results — so the lesson texts stay accurate.
 */
class LessonsTest {

    static Stream<Lesson> lessons() {
        return Lessons.lessons().stream();
    }

    private static Path sample(String name) {
        return SharedData.projectDir().resolve("samples").resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void runsEndToEnd(Lesson lesson) {
        LessonState state =
                new LessonState(ScenarioIO.read(sample(lesson.sample())).orThrow());
        int i = 0;
        for (LessonStep step : lesson.steps()) {
            i++;
            LessonRunner.perform(step.action(), state);
            List<String> unmet = LessonRunner.unmet(step, state);
            assertTrue(unmet.isEmpty(), lesson.id() + " step " + i + " not met: " + unmet);
            assertFalse(step.notice().isBlank());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void aStepIsNotDoneBeforeItsAction(Lesson lesson) {
        LessonState fresh =
                new LessonState(ScenarioIO.read(sample(lesson.sample())).orThrow());
        assertFalse(
                LessonRunner.unmet(lesson.steps().get(0), fresh).isEmpty(),
                lesson.id() + ": the first step is already done before the person acts");
    }

    @Test
    void aValueTypedInOtherUnitsMeetsTheStepThatAsksForIt() {
        // the herd lesson asks for a TTL jitter of 5m; a person who types 300s has done the step
        Lesson herd = Lessons.lessons().stream()
                .filter(l -> l.id().equals("thundering-herd"))
                .findFirst()
                .orElseThrow();
        LessonStep jitter = herd.steps().get(1);
        LessonState state =
                new LessonState(ScenarioIO.read(sample(herd.sample())).orThrow());
        assertFalse(LessonRunner.unmet(jitter, state).isEmpty(), "no jitter yet");
        state.setScenario(
                dev.cdnx.model.io.ScenarioOverrides.apply(state.scenario(), List.of("policy.ttlJitter=300s")));
        assertEquals(List.of(), LessonRunner.unmet(jitter, state));
    }

    @Test
    void everyTrafficAndCostStoryHasALesson() {
        Set<Integer> stories = new TreeSet<>();
        Lessons.lessons().forEach(l -> stories.add(l.story()));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), stories);
    }

    @Test
    void interviewCardsOpenExistingSamplesAndLessons() {
        Set<String> ids = new TreeSet<>();
        Lessons.lessons().forEach(l -> ids.add(l.id()));
        assertTrue(Lessons.interviewCards().size() >= 8);
        for (Lessons.InterviewCard c : Lessons.interviewCards()) {
            assertTrue(Files.exists(sample(c.sample())), c.sample());
            assertTrue(ids.contains(c.lesson()), c.lesson());
        }
    }

    @Test
    void glossaryCoversTheTermsLessonsUse() {
        for (Lesson l : Lessons.lessons()) {
            for (String term : l.glossary()) {
                assertNotNull(Lessons.term(term), l.id() + " uses the undefined term " + term);
            }
        }
        for (Lessons.GlossaryEntry g : Lessons.glossary()) {
            for (String see : g.seeAlso()) {
                assertNotNull(Lessons.term(see), g.term() + " points at the undefined " + see);
            }
        }
    }
}
