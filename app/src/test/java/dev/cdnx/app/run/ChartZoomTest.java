package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.app.run.chart.ChartSpan;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import org.junit.jupiter.api.Test;

/** Charts that zoom: a span (last 60 s, last 10 min, whole run) or a dragged window, with exact data inside. */
class ChartZoomTest {

    @Test
    void aSpanEndsNowButNeverStartsBeforeZero() {
        assertArrayEquals(new double[] {0, 60}, ChartSpan.LAST_MINUTE.window(10));
        assertArrayEquals(new double[] {40, 100}, ChartSpan.LAST_MINUTE.window(100));
        assertArrayEquals(new double[] {3000, 3600}, ChartSpan.LAST_TEN_MINUTES.window(3600));
        assertArrayEquals(new double[] {0, 1}, ChartSpan.WHOLE_RUN.window(0));
        assertArrayEquals(new double[] {0, 4300}, ChartSpan.WHOLE_RUN.window(4300));
        assertEquals(ChartSpan.WHOLE_RUN, ChartSpan.defaultFor(600));
        assertEquals(ChartSpan.LAST_TEN_MINUTES, ChartSpan.defaultFor(4300));
    }

    @Test
    void aWindowTakesItsPointsFromItsOwnBucketsSoNoRequestIsLostOrCountedTwice() {
        Scenario s = sample("hello-cdn.json");
        s.duration = SimDuration.ofSeconds(900);
        RunResult r = new Simulation(s).run();
        // The whole run merges 3 buckets a point; the last minute has one point a second.
        MetricsData whole = new MetricsData(r.series(), 900);
        MetricsData minute = new MetricsData(r.series(), 840, 900);
        assertEquals(300, whole.x.length);
        assertEquals(60, minute.x.length);
        assertEquals(841, minute.x[0]);
        double inWindow = 0;
        double[] col = r.series().column("requests");
        for (int b = 840; b < 900; b++) {
            inWindow += col[b];
        }
        double drawn = 0;
        for (double v : minute.rate("requests")) {
            drawn += v;
        }
        assertEquals(inWindow, drawn, 1e-9);
    }

    @Test
    void theSpanAndADraggedWindowSetEveryChartsTimeAxis() throws Exception {
        try (MetricsOnASample run = MetricsOnASample.open(1200, 400)) {
            MetricsPanel panel = run.panel;
            run.seek(200);
            fxRun(() -> panel.spanProperty().set(ChartSpan.LAST_MINUTE));
            await(
                    () -> panel.hitsChart().shownWindow()[1] >= 199
                            && panel.latencyChart().shownWindow()[1] >= 199,
                    20_000);
            double[] w = fx(() -> panel.hitsChart().shownWindow());
            assertEquals(60, w[1] - w[0], 1e-9);
            assertEquals(w[1], fx(() -> panel.latencyChart().shownWindow()[1]), 2);
            fxRun(() -> panel.selectWindow(20, 50));
            assertNull(fx(() -> panel.spanProperty().get()));
            assertArrayEquals(new double[] {20, 50}, fx(() -> panel.hitsChart().shownWindow()));
            assertArrayEquals(
                    new double[] {20, 50}, fx(() -> panel.latencyChart().shownWindow()));
            fxRun(() -> panel.spanProperty().set(ChartSpan.WHOLE_RUN));
            assertEquals(0, fx(() -> panel.hitsChart().shownWindow()[0]));
        }
    }
}
