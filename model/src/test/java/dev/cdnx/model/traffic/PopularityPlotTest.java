package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The popularity plot's points are the saved rank/frequency pairs on log axes, and its line has slope −α. */
class PopularityPlotTest {

    @TempDir
    Path dir;

    @Test
    void pointsAreTheSavedPairsInLogTen() {
        Workload w = new Workload();
        w.zipfAlpha = 1.0;
        w.rankFrequency = List.of(new long[] {1, 1000}, new long[] {10, 100}, new long[] {100, 10});
        PopularityPlot plot = PopularityPlot.of(w);
        assertEquals(3, plot.measured().size());
        assertEquals(new PopularityPlot.Point(1, 2), plot.measured().get(1));
        // An exact Zipf of α = 1 lies on its own line: 3 − log10 rank.
        assertEquals(3.0, plot.fitted().get(0).log10Requests(), 1e-9);
        assertEquals(1.0, plot.fitted().get(1).log10Requests(), 1e-9);
    }

    @Test
    void theLineOfAnImportedLogFallsWithItsFittedAlpha() throws IOException {
        Path f = new SyntheticLogs(5000, 1000, 0.9, 3).write(dir.resolve("a.log"), null, SyntheticLogs.NGINX);
        Workload w = TrafficImport.run(f, ImportOptions.AUTO, ImportListener.NONE);
        PopularityPlot plot = PopularityPlot.of(w);
        assertTrue(plot.measured().size() >= 10, "ranks 1..10 at least");
        PopularityPlot.Point a = plot.fitted().get(0);
        PopularityPlot.Point b = plot.fitted().get(1);
        double slope = (b.log10Requests() - a.log10Requests()) / (b.log10Rank() - a.log10Rank());
        assertEquals(-w.zipfAlpha, slope, 1e-9);
        assertEquals(0.9, plot.alpha(), 0.05);
    }

    @Test
    void aWorkloadWithoutPointsHasAnEmptyPlot() {
        Workload w = new Workload();
        assertTrue(PopularityPlot.of(w).measured().isEmpty());
        assertTrue(PopularityPlot.of(w).fitted().isEmpty());
    }
}
