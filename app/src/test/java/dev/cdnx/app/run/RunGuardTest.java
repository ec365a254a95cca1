package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.Samples;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.validation.ResourceBudget;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs are looked at before they start: too big for the heap is refused with the command line's words
 * and nobody is asked; hours of simulation start only after a yes; a short run asks nothing.
 */
class RunGuardTest {

    private static final long HEAP = 2L << 30;
    private RunViewModel live;

    @AfterEach
    void dispose() {
        if (live != null) {
            live.dispose();
        }
    }

    /** The live run of {@code scenario}, its guard answering as {@code asker} does; disposed after the test. */
    private void liveRun(ManualRunContext ui, AnsweringAsker asker, Scenario scenario) {
        live = new RunViewModel(new ScenarioDocument(scenario), ui.context(asker.guard(HEAP)));
    }

    @Test
    void aShortRunAsksNothing() {
        AnsweringAsker asker = new AnsweringAsker(false);
        assertTrue(asker.guard(HEAP).mayRun("Compare", Samples.load("hello-cdn")));
        assertEquals(List.of(), asker.questions);
        assertEquals(List.of(), asker.refusals);
    }

    @Test
    void aLongRunAsksWithTheFigureAndWhatToChange() {
        AnsweringAsker no = new AnsweringAsker(false);
        Scenario huge = Samples.load("hello-cdn", "duration=100000d");
        assertFalse(no.guard(HEAP).mayRun("Compare", huge));
        assertEquals(1, no.questions.size());
        String q = no.questions.get(0);
        assertTrue(q.startsWith("Compare: This run would simulate about "), q);
        assertTrue(
                q.contains("requests, which takes long: about 720 hours")
                        && q.contains("shorten the scenario's duration"),
                q);
        assertFalse(q.contains("--allow-long"), "no command-line option in a dialog: " + q);

        AnsweringAsker yes = new AnsweringAsker(true);
        RunGuard guard = yes.guard(HEAP);
        assertTrue(guard.mayRun("Compare", huge));
        assertTrue(guard.mayRun("Compare", huge), "the same runs again: the yes stands");
        assertEquals(1, yes.questions.size());
    }

    @Test
    void severalRunsAddUpTheirRequests() {
        AnsweringAsker no = new AnsweringAsker(false);
        // hello-cdn's users ask 120 requests/s: ten days is about 104 million, under the threshold on its
        // own; ten such runs are not.
        Scenario s = Samples.load("hello-cdn", "duration=10d");
        assertTrue(no.guard(HEAP).mayRun("Decision", s), "one run is short enough");
        assertEquals(List.of(), no.questions);
        assertFalse(no.guard(HEAP).mayRun("Decision", List.of(s, s, s, s, s, s, s, s, s, s)));
        assertTrue(
                no.questions.get(0).startsWith("Decision: These 10 runs would simulate about 1,036,800,000"),
                no.questions.toString());
    }

    @Test
    void aRunTooBigForTheHeapIsRefusedInTheCommandLinesWords() {
        AnsweringAsker yes = new AnsweringAsker(true);
        Scenario big = Samples.load("hello-cdn", "workload.objects=2000000000", "duration=100000d");
        assertFalse(yes.guard(HEAP).mayRun("Sweep", big));
        assertEquals(List.of(), yes.questions, "refused before any question");
        assertEquals(1, yes.refusals.size());
        String r = yes.refusals.get(0);
        assertEquals("Sweep: " + ResourceBudget.check(big, HEAP, true).get(0).format(), r);
        assertTrue(r.startsWith("Sweep: error: workload.objects: this run needs about "), r);
        assertTrue(r.contains("GB of heap for 2,000,000,000 objects"), r);
        assertTrue(r.contains(". Fix: reduce workload.objects or the cache capacities, or run with -Xmx"), r);
    }

    @Test
    void theLiveRunDoesNotPlayWhenTheLongRunIsDeclined() {
        AnsweringAsker no = new AnsweringAsker(false);
        liveRun(new ManualRunContext(), no, Samples.load("hello-cdn", "duration=100000d"));
        live.play();
        assertFalse(live.isPlaying());
        live.seek(3600).join();
        assertEquals(0.0, live.simTimeProperty().get());
        assertEquals(2, no.questions.size(), "asked again at each try, never run: " + no.questions);
        assertTrue(no.questions.get(0).startsWith("Live run: This run would simulate"), no.questions.get(0));
    }

    @Test
    void theLiveRunPlaysOnceAgreedAndDoesNotAskAgain() {
        AnsweringAsker yes = new AnsweringAsker(true);
        liveRun(new ManualRunContext(), yes, Samples.load("hello-cdn", "duration=100000d"));
        live.play();
        assertTrue(live.isPlaying());
        live.pause();
        live.play();
        assertEquals(1, yes.questions.size());
    }

    @Test
    void aScenarioTooBigForTheHeapGetsNoEngineAndTheBarSaysWhy() {
        ManualRunContext ui = new ManualRunContext();
        AnsweringAsker yes = new AnsweringAsker(true);
        Scenario big = Samples.load("hello-cdn", "workload.objects=2000000000");
        // Building this engine would need tens of GB: the view-model must not even try.
        liveRun(ui, yes, big);
        String why = live.refusalProperty().get();
        assertEquals(ResourceBudget.check(big, HEAP, true).get(0).format(), why);
        assertTrue(why.contains("GB of heap for 2,000,000,000 objects") && why.contains("Fix: "), why);
        live.play();
        live.stepRequest();
        assertFalse(live.isPlaying());
        assertEquals(0.0, live.seek(60).join());

        live.document().replace(Samples.load("hello-cdn"));
        ui.drain();
        assertEquals("", live.refusalProperty().get(), "edited down: the run is built again");
        live.stepRequest();
        ui.settle(live);
        assertTrue(live.simTimeProperty().get() > 0, "and it runs");
    }

    @Test
    void allowedLongRunsPlayWithoutAQuestion() {
        AnsweringAsker no = new AnsweringAsker(false);
        liveRun(new ManualRunContext(), no, Samples.load("hello-cdn", "duration=100000d"));
        live.allowLongRuns();
        live.play();
        assertTrue(live.isPlaying());
        assertEquals(List.of(), no.questions);
    }
}
