package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;

import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.concurrent.TimeUnit;

/**
 * The Metrics panel of a live run of hello-cdn, laid out in a scene of a given size with the pulses on,
 * for the chart tests. Closing it stops the run's thread.
 */
final class MetricsOnASample implements AutoCloseable {

    final RunViewModel vm;
    final MetricsPanel panel;

    private MetricsOnASample(RunViewModel vm, MetricsPanel panel) {
        this.vm = vm;
        this.panel = panel;
    }

    static MetricsOnASample open(double width, double height) {
        FxTestSupport.startFx();
        RunViewModel vm = fx(() -> new RunViewModel(new ScenarioDocument(sample("hello-cdn.json"))));
        MetricsPanel panel = fx(() -> {
            MetricsPanel p = new MetricsPanel(vm);
            PaletteScenes.of(p, width, height);
            p.applyCss();
            p.layout();
            vm.startPulses();
            return p;
        });
        return new MetricsOnASample(vm, panel);
    }

    /** Jumps the run to simulated second {@code t} and waits until the engine is there. */
    void seek(double t) throws Exception {
        fx(() -> vm.seek(t)).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        fxRun(vm::dispose);
    }
}
