package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsPanelTest {

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

    @Test
    void aSeekWhilePausedDrawsTheSkippedStretchOfTheLatencyChart() throws Exception {
        vm = fx(() -> new RunViewModel(new ScenarioDocument(sample("hello-cdn.json"))));
        MetricsPanel panel = fx(() -> {
            MetricsPanel p = new MetricsPanel(vm);
            new Scene(p, 1200, 300);
            vm.startPulses();
            return p;
        });
        fx(() -> vm.seek(120)).get(30, TimeUnit.SECONDS);
        assertFalse(fx(vm::isPlaying));
        // 120 s of a 600 s run at the history's spacing (600 / 512 s) is about 100 points; the pulses show
        // them without the clock moving again.
        await(() -> panel.latencyChart().points() > 40, 10_000);
    }
}
