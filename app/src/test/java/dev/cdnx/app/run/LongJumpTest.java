package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.units.SimDuration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Jumps far into a run, as {@code --play-to} does for a story an hour in (the thundering herd at 3,600 s):
 * the jump goes where it was asked even when the file was opened a moment before, and it hands the UI no
 * more than the charts keep. No wall clock: the test waits only on the engine's futures.
 */
class LongJumpTest {

    /**
     * The charts keep at most {@link MetricsHistory#CAPACITY} points over the run, so a jump through most of
     * the run needs no more snapshots than that; one a simulated second (the old way) was 2,899 here.
     */
    @Test
    void aLongJumpHandsOverNoMoreSnapshotsThanTheChartsKeep() throws Exception {
        Scenario s = sample("hello-cdn.json");
        s.duration = SimDuration.ofSeconds(3000);
        EngineRunner runner = new EngineRunner(s, s.seed, "long-jump-test");
        try {
            assertEquals(2900.0, runner.seek(2900).get(60, TimeUnit.SECONDS), 1e-9);
            int passed = 0;
            double last = 0;
            double widestGap = 0;
            for (HopBatch b = runner.poll(); b != null; b = runner.poll()) {
                for (var snap : b.passed) {
                    widestGap = Math.max(widestGap, snap.time() - last);
                    last = snap.time();
                }
                passed += b.passed.size();
                runner.recycle(b);
            }
            double spacing = 3000.0 / MetricsHistory.CAPACITY;
            assertTrue(passed <= MetricsHistory.CAPACITY, passed + " snapshots for one jump");
            assertTrue(passed >= 2900 / spacing / 2, "the charts still get the stretch jumped over: " + passed);
            assertTrue(widestGap <= 2 * spacing, "no gap in the charts wider than two spacings: " + widestGap);
        } finally {
            runner.close();
        }
    }

    /**
     * Opening a file restarts the run on the UI's next turn; {@code --play-to} asks for its jump before that.
     * The jump is for the file just opened: clamped to its duration (here 2,000 s), not to the duration of
     * the scenario shown before (hello-cdn's 600 s, where the herd story's jump used to stop).
     */
    @Test
    void aJumpAskedRightAfterOpeningAFileGoesThereInThatFile() throws Exception {
        ManualRunContext ui = new ManualRunContext();
        RunViewModel vm = new RunViewModel(new ScenarioDocument(sample("hello-cdn.json")), ui.context());
        try {
            ui.settle(vm);
            Scenario longer = sample("hello-cdn.json");
            longer.duration = SimDuration.ofSeconds(2000);
            vm.document().replace(longer);
            CompletableFuture<Double> jump = vm.seek(1500);
            // Twice: whichever runner takes the jump (a restart on the UI's turn would start a new one), its
            // answer is in.
            ui.settle(vm);
            ui.settle(vm);
            assertEquals(1500.0, jump.get(60, TimeUnit.SECONDS), 1e-9);
            ui.settle(vm);
            assertEquals(2000.0, vm.durationProperty().get(), 1e-9, "the opened file's run");
            assertEquals(1500.0, vm.simTimeProperty().get(), 1e-9);
            Simulation direct = new Simulation(ScenarioIO.copy(longer), longer.seed);
            direct.runUntil(1500);
            assertEquals(
                    direct.snapshot().requests(), vm.snapshotProperty().get().requests());
        } finally {
            vm.dispose();
        }
    }
}
