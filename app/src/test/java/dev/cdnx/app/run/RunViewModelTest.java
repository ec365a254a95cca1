package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.sample;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run's view-model without a robot or a toolkit: commands change the engine's state as they should.
 * The test's thread is the UI thread ({@link ManualRunContext}): it fires the frames and runs what the
 * engine posts, and waits only on the engine's futures, never on the wall clock.
 */
class RunViewModelTest {

    /** Enough frames for any of these runs to reach what a test waits for; more means it never will. */
    private static final int MAX_FRAMES = 20_000;

    private final ManualRunContext ui = new ManualRunContext();
    private RunViewModel vm;

    @AfterEach
    void dispose() {
        if (vm != null) {
            vm.dispose();
        }
    }

    private RunViewModel open(Scenario s) {
        vm = new RunViewModel(new ScenarioDocument(s), ui.context());
        return vm;
    }

    private void settle(RunViewModel v) {
        ui.settle(v);
    }

    /** Frames of {@code millis} each, after the engine has done what it was asked, until {@code condition}. */
    private void framesUntil(BooleanSupplier condition, long millis) {
        for (int i = 0; i < MAX_FRAMES && !condition.getAsBoolean(); i++) {
            ui.frameAfterEngine(vm, millis);
        }
        assertTrue(condition.getAsBoolean(), "not reached within " + MAX_FRAMES + " frames");
    }

    /** Runs what the engine posted for the UI once it is idle, then the future's value. */
    private <T> T answer(CompletableFuture<T> f) throws Exception {
        ui.settle(vm);
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void stepRequestAdvancesRequestsByOne() {
        open(sample("hello-cdn.json"));
        for (int i = 1; i <= 5; i++) {
            vm.stepRequest();
            settle(vm);
            assertEquals(i, vm.snapshotProperty().get().requests(), "requests after " + i + " steps");
        }
        assertTrue(!vm.isPlaying());
    }

    @Test
    void stepEventMovesTheClockOneEventAtATime() {
        open(sample("hello-cdn.json"));
        settle(vm);
        assertEquals(0.0, vm.simTimeProperty().get());
        double last = 0;
        for (int i = 0; i < 10; i++) {
            vm.stepEvent();
            settle(vm);
            double t = vm.simTimeProperty().get();
            assertTrue(t >= last, "time never goes back");
            last = t;
        }
        assertTrue(last > 0, "ten events take simulated time");
    }

    @Test
    void playAdvancesAndPauseStops() throws Exception {
        open(sample("hello-cdn.json"));
        vm.speedProperty().set(20);
        vm.startPulses();
        vm.play();
        framesUntil(() -> vm.simTimeProperty().get() > 2, 50);
        assertTrue(vm.isPlaying());
        vm.pause();
        settle(vm);
        double paused = vm.simTimeProperty().get();
        long requests = vm.snapshotProperty().get().requests();
        // A third of a second of frames.
        for (int i = 0; i < 20; i++) {
            ui.frameAfterEngine(vm, 16);
        }
        settle(vm);
        assertEquals(paused, vm.simTimeProperty().get(), 1e-9, "paused: the clock stands still");
        assertEquals(requests, vm.snapshotProperty().get().requests());
        assertTrue(requests > 0);
    }

    @Test
    void switchingModelRestartsAtZeroAndMatchesAFreshRunOfThatModel() throws Exception {
        Scenario viral = sample("viral-shield.json");
        open(viral);
        RunResult pull = runToEnd();
        vm.setModel(DeliveryModel.PUSH);
        assertEquals(0.0, vm.simTimeProperty().get(), "a model switch restarts at t = 0");
        assertEquals(DeliveryModel.PUSH, vm.modelProperty().get());
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
        answer(vm.seek(120));
        settle(vm);
        assertEquals(120.0, vm.simTimeProperty().get(), 1e-9);
        assertEquals(requestsAt(s, 120), vm.snapshotProperty().get().requests());
        assertTrue(!vm.seekingProperty().get());
        assertChartsCoverUpTo(120);

        answer(vm.seek(30));
        settle(vm);
        assertEquals(30.0, vm.simTimeProperty().get(), 1e-9, "back: replayed from 0 to 30 s");
        assertEquals(requestsAt(s, 30), vm.snapshotProperty().get().requests());
        assertChartsCoverUpTo(30);
        assertTrue(!vm.isPlaying(), "a paused run stays paused");
    }

    /**
     * An edit that lands while a jump is under way (opening a file with --play-to: the document's first
     * change event restarts the run on the UI's next turn) restarts the run and carries the jump to it, so the
     * run shown is the edited one at the jump's target, not the new run at 0 s.
     */
    @Test
    void aRestartWhileSeekingCarriesTheJumpToTheNewRun() throws Exception {
        open(sample("hello-cdn.json"));
        settle(vm);
        CompletableFuture<Double> jump = vm.seek(120);
        vm.document().updateSettings(sc -> sc.seed = 99);
        settle(vm); // the restart, which sends the jump to the new run
        assertEquals(120.0, answer(jump), 1e-9);
        settle(vm);
        assertEquals(120.0, vm.simTimeProperty().get(), 1e-9, "the restarted run is at the jump's target");
        assertEquals(
                requestsAt(vm.document().scenario(), 120),
                vm.snapshotProperty().get().requests());
        assertTrue(!vm.seekingProperty().get());
    }

    @Test
    void aStepAskedBeforeAnEditsRestartIsTakenInTheNewRun() throws Exception {
        open(sample("hello-cdn.json"));
        settle(vm);
        vm.document().updateSettings(sc -> sc.seed = 99);
        vm.stepRequest(); // before the UI's next turn, where the edit's restart waits
        settle(vm);
        var shown = vm.snapshotProperty().get();
        assertTrue(shown != null && shown.requests() == 1, "the step is not lost to the restart: " + shown);
    }

    /**
     * The snapshot charts (latency percentiles, coverage) have points from the start of the run up to t,
     * evenly spaced, as if the stretch a seek skipped had been played.
     */
    private void assertChartsCoverUpTo(double t) throws Exception {
        double[] times = vm.history().times();
        double spacing = vm.durationProperty().get() / MetricsHistory.CAPACITY;
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
        vm.speedProperty().set(RunViewModel.MAX_SPEED);
        vm.startPulses();
        vm.play();
        framesUntil(() -> vm.finishedProperty().get(), 16);
        settle(vm);
        RunResult r = vm.resultProperty().get();
        assertNotNull(r);
        assertEquals(r.simulatedSeconds(), vm.durationProperty().get(), 1e-9);
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
            vm.stepRequest();
        }
        settle(vm);
        LiveSnapshot before = vm.snapshotProperty().get();
        assertEquals(0, gauge(before, "edge-b").requests(), "users go to the nearest edge first");
        long aBefore = gauge(before, "edge-a").requests();
        assertTrue(aBefore > 0);

        double at = answer(vm.takeDown("edge-a"));
        assertEquals(1, vm.document().scenario().faults.size(), "recorded once the engine answered");
        FaultSpec f = vm.document().scenario().faults.get(0);
        assertEquals("edge-a", f.target);
        assertEquals("down", f.action);
        assertEquals(at, f.at.seconds(), 1e-9);
        assertTrue(vm.simTimeProperty().get() <= at + 1e-9, "recording the fault did not restart the run");

        for (int i = 0; i < 50; i++) {
            vm.stepRequest();
        }
        settle(vm);
        LiveSnapshot after = vm.snapshotProperty().get();
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
        vm.followNextRequest();
        for (int i = 0; i < 2; i++) {
            vm.stepRequest();
        }
        settle(vm);
        TraceView t = vm.followedProperty().get();
        assertNotNull(t);
        assertTrue(t.complete());
        assertEquals("MISS", t.outcome().name());
        assertTrue(t.latencyMs() > 300 && t.latencyMs() < 800, "a Tokyo miss costs about 500 ms: " + t.latencyMs());
        assertTrue(t.hops().size() >= 4);
        assertEquals(t.start(), t.hops().get(0).start(), 0.0, "the first hop leaves when the user sends");
        assertTrue(
                t.hops().get(0).end() > t.hops().get(0).start(),
                "the user's leg takes time: " + t.hops().get(0));
        for (int i = 1; i < t.hops().size(); i++) {
            assertEquals(t.hops().get(i - 1).end(), t.hops().get(i).start(), 0.0, "hops tile: " + t.hops());
        }
        assertEquals(t.latencyMs(), (t.hops().get(t.hops().size() - 1).end() - t.start()) * 1000, 1e-9);
    }

    @Test
    void editingTheDocumentRestartsTheRun() throws Exception {
        open(sample("hello-cdn.json"));
        for (int i = 0; i < 5; i++) {
            vm.stepRequest();
        }
        settle(vm);
        assertTrue(vm.simTimeProperty().get() > 0);
        vm.document().updateSettings(sc -> sc.seed = 99);
        assertTrue(vm.simTimeProperty().get() > 0, "the restart waits for the UI's next turn");
        ui.drain();
        assertEquals(0.0, vm.simTimeProperty().get());
        assertEquals(null, vm.snapshotProperty().get());
    }

    @Test
    void overridingADecisionAnswerKeepsTheRunGoing() throws Exception {
        open(sample("hello-cdn.json"));
        for (int i = 0; i < 5; i++) {
            vm.stepRequest();
        }
        settle(vm);
        double before = vm.simTimeProperty().get();
        assertTrue(before > 0);
        // What the Decision panel's override writes: an answer for a question, nothing the engine reads.
        vm.document().updateSettings(sc -> {
            sc.decisions = sc.decisions == null ? new dev.cdnx.model.scenario.DecisionInputsSpec() : sc.decisions;
            sc.decisions.overrides = new java.util.LinkedHashMap<>(java.util.Map.of("update-frequency", "rare"));
        });
        vm.document().updateSettings(sc -> sc.description = "edited while running");
        settle(vm);
        assertEquals(before, vm.simTimeProperty().get(), 1e-9, "the run was not restarted");
        assertNotNull(vm.snapshotProperty().get());
    }

    @Test
    void aLiveFaultIsAnUndoableEditWrittenInTheFilesUnits() throws Exception {
        dev.cdnx.app.editor.EditorViewModel editor = new dev.cdnx.app.editor.EditorViewModel(twoEdges());
        vm = new RunViewModel(editor.document(), ui.context());
        vm.setFaultRecorder((description, change) -> editor.run(
                new dev.cdnx.app.editor.commands.ChangeSettingsCommand(editor.document(), description, change)));
        for (int i = 0; i < 30; i++) {
            vm.stepRequest();
        }
        settle(vm);
        double at = answer(vm.takeDown("edge-a"));
        assertEquals(Math.rint(at * 1000) / 1000, at, 1e-12, "it takes effect on a whole millisecond");
        FaultSpec f = editor.scenario().faults.get(0);
        String written = ScenarioIO.mapper().valueToTree(f).get("at").asText();
        assertTrue(written.matches("\\d+(ms|s)"), "the file says a plain time, not " + written);
        assertTrue(editor.commands().canUndo(), "the fault is an undoable edit");
        String logged = editor.log().get(editor.log().size() - 1);
        assertEquals("Take edge-a down at " + written, logged);
        // Editing the panels' settings after the fault does not restart the run that has it.
        editor.document().updateSettings(sc -> sc.description = "after the fault");
        settle(vm);
        assertTrue(vm.simTimeProperty().get() >= at, "the run went on");

        editor.undo();
        assertTrue(editor.scenario().faults.isEmpty(), "undo takes the fault off the timeline");
        ui.drain();
        assertEquals(0.0, vm.simTimeProperty().get(), "the run without the fault is another run: it restarts");
        editor.redo();
        assertEquals(1, editor.scenario().faults.size(), "redo puts it back");
    }
}
