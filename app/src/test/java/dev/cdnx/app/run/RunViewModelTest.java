package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;
import static dev.cdnx.app.run.FxTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run's view-model without a robot: commands change the engine's state as they should. */
class RunViewModelTest {

    private RunViewModel vm;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @AfterEach
    void dispose() {
        if (vm != null) {
            fxRun(vm::dispose);
        }
    }

    private RunViewModel open(Scenario s) {
        vm = fx(() -> new RunViewModel(new ScenarioDocument(s)));
        return vm;
    }

    @Test
    void stepRequestAdvancesRequestsByOne() {
        open(sample("hello-cdn.json"));
        for (int i = 1; i <= 5; i++) {
            fxRun(vm::stepRequest);
            settle(vm);
            assertEquals(i, fx(() -> vm.snapshotProperty().get().requests()), "requests after " + i + " steps");
        }
        assertTrue(fx(() -> !vm.isPlaying()));
    }

    @Test
    void stepEventMovesTheClockOneEventAtATime() {
        open(sample("hello-cdn.json"));
        settle(vm);
        assertEquals(0.0, fx(() -> vm.simTimeProperty().get()));
        double last = 0;
        for (int i = 0; i < 10; i++) {
            fxRun(vm::stepEvent);
            settle(vm);
            double t = fx(() -> vm.simTimeProperty().get());
            assertTrue(t >= last, "time never goes back");
            last = t;
        }
        assertTrue(last > 0, "ten events take simulated time");
    }

    @Test
    void playAdvancesAndPauseStops() throws Exception {
        open(sample("hello-cdn.json"));
        fxRun(() -> {
            vm.speedProperty().set(20);
            vm.startPulses();
            vm.play();
        });
        await(() -> vm.simTimeProperty().get() > 2, 10_000);
        assertTrue(fx(vm::isPlaying));
        fxRun(vm::pause);
        settle(vm);
        double paused = fx(() -> vm.simTimeProperty().get());
        long requests = fx(() -> vm.snapshotProperty().get().requests());
        // A third of a second of frames, counted rather than slept through.
        FxTestSupport.awaitFrames(vm, 20);
        settle(vm);
        assertEquals(paused, fx(() -> vm.simTimeProperty().get()), 1e-9, "paused: the clock stands still");
        assertEquals(requests, fx(() -> vm.snapshotProperty().get().requests()));
        assertTrue(requests > 0);
    }

    @Test
    void switchingModelRestartsAtZeroAndMatchesAFreshRunOfThatModel() throws Exception {
        Scenario viral = sample("viral-shield.json");
        open(viral);
        RunResult pull = runToEnd();
        fxRun(() -> vm.setModel(DeliveryModel.PUSH));
        assertEquals(0.0, fx(() -> vm.simTimeProperty().get()), "a model switch restarts at t = 0");
        assertEquals(DeliveryModel.PUSH, fx(() -> vm.modelProperty().get()));
        RunResult push = runToEnd();
        assertEquals(pull.requests(), push.requests(), "same seed, same traffic");
        assertNotEquals(pull.originRequests() + "/" + pull.hitRatio(), push.originRequests() + "/" + push.hitRatio());
        Scenario copy = ScenarioIO.copy(viral);
        copy.delivery.model = DeliveryModel.PUSH;
        RunResult direct = new Simulation(copy, copy.seed).run();
        assertEquals(direct.originRequests(), push.originRequests());
        assertEquals(direct.hits(), push.hits());
    }

    @Test
    void seekJumpsForwardAndBackToTheSameStateAsARunStraightThere() throws Exception {
        Scenario s = sample("hello-cdn.json");
        open(s);
        settle(vm);
        fx(() -> vm.seek(120)).get(30, TimeUnit.SECONDS);
        settle(vm);
        assertEquals(120.0, fx(() -> vm.simTimeProperty().get()), 1e-9);
        assertEquals(requestsAt(s, 120), fx(() -> vm.snapshotProperty().get().requests()));
        assertTrue(fx(() -> !vm.seekingProperty().get()));
        assertChartsCoverUpTo(120);

        fx(() -> vm.seek(30)).get(30, TimeUnit.SECONDS);
        settle(vm);
        assertEquals(30.0, fx(() -> vm.simTimeProperty().get()), 1e-9, "back: replayed from 0 to 30 s");
        assertEquals(requestsAt(s, 30), fx(() -> vm.snapshotProperty().get().requests()));
        assertChartsCoverUpTo(30);
        assertTrue(fx(() -> !vm.isPlaying()), "a paused run stays paused");
    }

    /**
     * The snapshot charts (latency percentiles, coverage) have points from the start of the run up to t,
     * evenly spaced, as if the stretch a seek skipped had been played.
     */
    private void assertChartsCoverUpTo(double t) throws Exception {
        double[] times = fx(() -> vm.history().times());
        double spacing = fx(() -> vm.durationProperty().get()) / MetricsHistory.CAPACITY;
        assertTrue(times.length >= t / spacing / 2, times.length + " points up to " + t + " s");
        assertTrue(times[0] <= 2 * spacing, "the first point is at the start, not at the jump: " + times[0]);
        assertTrue(times[times.length - 1] >= t - 2 * spacing, "the last point is near the time reached");
        for (int i = 1; i < times.length; i++) {
            assertTrue(times[i] - times[i - 1] <= 2 * spacing + 1e-9, "no gap before " + times[i]);
        }
    }

    /** Requests handled by simulated time t in a run of the scenario straight there. */
    private static long requestsAt(Scenario s, double t) {
        Simulation direct = new Simulation(ScenarioIO.copy(s), s.seed);
        direct.runUntil(t);
        return direct.snapshot().requests();
    }

    private RunResult runToEnd() throws Exception {
        fxRun(() -> {
            vm.speedProperty().set(RunViewModel.MAX_SPEED);
            vm.startPulses();
            vm.play();
        });
        await(() -> vm.finishedProperty().get(), 60_000);
        settle(vm);
        RunResult r = fx(() -> vm.resultProperty().get());
        assertNotNull(r);
        assertEquals(r.simulatedSeconds(), fx(() -> vm.durationProperty().get()), 1e-9);
        return r;
    }

    /** One users node linked to a near edge and a far one; both go to one origin. */
    static Scenario twoEdges() {
        Scenario s = new Scenario();
        s.name = "two edges";
        s.seed = 3;
        s.duration = SimDuration.ofSeconds(60);
        NodeSpec users = new NodeSpec("users", NodeKind.USERS);
        users.usersOrDefault().rate = Rate.perSecond(20);
        NodeSpec a = new NodeSpec("edge-a", NodeKind.EDGE);
        a.x = 100;
        NodeSpec b = new NodeSpec("edge-b", NodeKind.EDGE);
        b.x = 100;
        b.y = 100;
        NodeSpec origin = new NodeSpec("origin", NodeKind.ORIGIN);
        origin.x = 300;
        s.topology.nodes.add(users);
        s.topology.nodes.add(a);
        s.topology.nodes.add(b);
        s.topology.nodes.add(origin);
        s.topology.links.add(new LinkSpec("users", "edge-a", SimDuration.ofMillis(10)));
        s.topology.links.add(new LinkSpec("users", "edge-b", SimDuration.ofMillis(30)));
        s.topology.links.add(new LinkSpec("edge-a", "origin", SimDuration.ofMillis(80)));
        s.topology.links.add(new LinkSpec("edge-b", "origin", SimDuration.ofMillis(90)));
        return s;
    }

    @Test
    void takingAnEdgeDownMovesItsUsersToTheNextEdgeAndRecordsTheFault() throws Exception {
        Scenario s = twoEdges();
        open(s);
        for (int i = 0; i < 50; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        LiveSnapshot before = fx(() -> vm.snapshotProperty().get());
        assertEquals(0, gauge(before, "edge-b").requests(), "users go to the nearest edge first");
        long aBefore = gauge(before, "edge-a").requests();
        assertTrue(aBefore > 0);

        double at = fx(() -> vm.takeDown("edge-a")).get();
        await(() -> !vm.document().scenario().faults.isEmpty(), 5_000);
        FaultSpec f = fx(() -> vm.document().scenario().faults.get(0));
        assertEquals("edge-a", f.target);
        assertEquals("down", f.action);
        assertEquals(at, f.at.seconds(), 1e-9);
        assertTrue(fx(() -> vm.simTimeProperty().get()) <= at + 1e-9, "recording the fault did not restart the run");

        for (int i = 0; i < 50; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        LiveSnapshot after = fx(() -> vm.snapshotProperty().get());
        assertTrue(gauge(after, "edge-a").down());
        assertTrue(gauge(after, "edge-b").requests() >= 45, "the users moved to edge-b: " + gauge(after, "edge-b"));
        assertTrue(gauge(after, "edge-a").requests() <= aBefore + 2, "edge-a gets nothing new once down");
    }

    private static LiveSnapshot.NodeGauge gauge(LiveSnapshot s, String name) {
        return s.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void followNextRequestNarratesItsHops() throws Exception {
        open(sample("single-request.json"));
        fxRun(vm::followNextRequest);
        for (int i = 0; i < 2; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        TraceView t = fx(() -> vm.followedProperty().get());
        assertNotNull(t);
        assertTrue(t.complete());
        assertEquals("MISS", t.outcome().name());
        assertTrue(t.latencyMs() > 300 && t.latencyMs() < 800, "a Tokyo miss costs about 500 ms: " + t.latencyMs());
        assertTrue(t.hops().size() >= 4);
        assertEquals(t.start(), t.hops().get(0).start(), 0.0, "the first hop leaves when the user sends");
        assertTrue(t.hops().get(0).end() > t.hops().get(0).start(), "the user's leg takes time: " + t.hops().get(0));
        for (int i = 1; i < t.hops().size(); i++) {
            assertEquals(t.hops().get(i - 1).end(), t.hops().get(i).start(), 0.0, "hops tile: " + t.hops());
        }
        assertEquals(t.latencyMs(), (t.hops().get(t.hops().size() - 1).end() - t.start()) * 1000, 1e-9);
    }

    @Test
    void editingTheDocumentRestartsTheRun() throws Exception {
        open(sample("hello-cdn.json"));
        for (int i = 0; i < 5; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        assertTrue(fx(() -> vm.simTimeProperty().get()) > 0);
        fxRun(() -> vm.document().updateSettings(sc -> sc.seed = 99));
        await(() -> vm.simTimeProperty().get() == 0 && vm.snapshotProperty().get() == null, 5_000);
    }

    @Test
    void overridingADecisionAnswerKeepsTheRunGoing() throws Exception {
        open(sample("hello-cdn.json"));
        for (int i = 0; i < 5; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        double before = fx(() -> vm.simTimeProperty().get());
        assertTrue(before > 0);
        // What the Decision panel's override writes: an answer for a question, nothing the engine reads.
        fxRun(() -> vm.document().updateSettings(sc -> {
            sc.decisions = sc.decisions == null ? new dev.cdnx.model.scenario.DecisionInputsSpec() : sc.decisions;
            sc.decisions.overrides = new java.util.LinkedHashMap<>(java.util.Map.of("update-frequency", "rare"));
        }));
        fxRun(() -> vm.document().updateSettings(sc -> sc.description = "edited while running"));
        settle(vm);
        assertEquals(before, fx(() -> vm.simTimeProperty().get()), 1e-9, "the run was not restarted");
        assertNotNull(fx(() -> vm.snapshotProperty().get()));
    }

    @Test
    void aLiveFaultIsAnUndoableEditWrittenInTheFilesUnits() throws Exception {
        dev.cdnx.app.editor.EditorViewModel editor = fx(() -> new dev.cdnx.app.editor.EditorViewModel(twoEdges()));
        vm = fx(() -> new RunViewModel(editor.document()));
        fxRun(() -> vm.setFaultRecorder((description, change) -> editor.run(
                new dev.cdnx.app.editor.commands.ChangeSettingsCommand(editor.document(), description, change))));
        for (int i = 0; i < 30; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        double at = fx(() -> vm.takeDown("edge-a")).get(5, TimeUnit.SECONDS);
        assertEquals(Math.rint(at * 1000) / 1000, at, 1e-12, "it takes effect on a whole millisecond");
        FaultSpec f = fx(() -> editor.scenario().faults.get(0));
        String written = ScenarioIO.mapper().valueToTree(f).get("at").asText();
        assertTrue(written.matches("\\d+(ms|s)"), "the file says a plain time, not " + written);
        assertTrue(fx(() -> editor.commands().canUndo()), "the fault is an undoable edit");
        String logged = fx(() -> editor.log().get(editor.log().size() - 1));
        assertEquals("Take edge-a down at " + written, logged);
        // Editing the panels' settings after the fault does not restart the run that has it.
        fxRun(() -> editor.document().updateSettings(sc -> sc.description = "after the fault"));
        settle(vm);
        assertTrue(fx(() -> vm.simTimeProperty().get()) >= at, "the run went on");

        fxRun(editor::undo);
        assertTrue(fx(() -> editor.scenario().faults.isEmpty()), "undo takes the fault off the timeline");
        await(() -> vm.simTimeProperty().get() == 0, 5_000);
    }
}
