package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MetricsPanelTest {

    @Test
    void aSeekWhilePausedDrawsTheSkippedStretchOfTheLatencyChart() throws Exception {
        try (MetricsOnASample run = MetricsOnASample.open(1200, 300)) {
            MetricsPanel panel = run.panel;
            run.seek(120);
            assertFalse(fx(run.vm::isPlaying));
            // 120 s of a 600 s run at the history's spacing (600 / 512 s) is about 100 points; the pulses show
            // them without the clock moving again.
            await(() -> panel.latencyChart().points() > 40, 10_000);
        }
    }
}
