package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.app.panels.CommandLineJson;
import dev.cdnx.app.panels.Samples;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every sample, the Metrics panel's figures equal {@code cdnx simulate --json} for the same scenario
 * and seed: each chart's columns add up over the run to the command line's totals (the chart merges
 * seconds into points, and a merge must lose nothing; requests still in flight at the end finish after
 * it, outside the chart's time axis, and are counted in the totals only), and each users node's latency
 * row is the one the command line prints.
 */
class MetricsMatchSimulateTest {

    static List<String> samples() {
        return CommandLineJson.sampleNames();
    }

    /** Simulated time per run: 30 s, but large-cdn's thousands of users make 30 s of it slow. */
    private static String duration(String sample) {
        return sample.equals("large-cdn") ? "0.5s" : "30s";
    }

    @ParameterizedTest
    @MethodSource("samples")
    void chartsAddUpToTheCommandLineTotalsAndLatencyRowsMatch(String sample) {
        JsonNode json =
                CommandLineJson.run("simulate", Samples.file(sample).toString(), "--duration", duration(sample));
        Scenario s = Samples.load(sample, "duration=" + duration(sample));
        RunResult r = new Simulation(s).run();
        MetricsData d = new MetricsData(r.series(), r.simulatedSeconds());
        for (String column : List.of("requests", "hits", "originRequests", "errors", "staleServed", "coalesced")) {
            assertEquals(
                    json.path(column).asDouble(),
                    total(d, column) + afterTheEnd(r, column),
                    1e-6,
                    sample + " " + column);
        }
        assertEquals(json.path("hitRatio").asDouble(), r.hitRatio(), 1e-6, sample + " hit ratio");
        JsonNode users = json.path("users");
        assertEquals(users.size(), r.users().size(), sample);
        for (int i = 0; i < users.size(); i++) {
            JsonNode u = users.get(i);
            RunResult.UsersStats row = r.users().get(i);
            assertEquals(u.path("name").asText(), row.name(), sample);
            for (String p : List.of("p50", "p95", "p99")) {
                double shown = p.equals("p50")
                        ? row.latencyMs().p50()
                        : p.equals("p95")
                                ? row.latencyMs().p95()
                                : row.latencyMs().p99();
                JsonNode cli = u.path("latencyMs").path(p);
                // No finished request: the command line leaves the figure out where the panel shows "–".
                double expected = cli.isNull() || cli.isMissingNode() ? Double.NaN : cli.asDouble();
                assertEquals(expected, shown, 1e-3, sample + " " + row.name() + " " + p);
            }
        }
    }

    /** What the engine counted after the run's last whole second: past the end of the chart's axis. */
    private static double afterTheEnd(RunResult r, String column) {
        TimeSeries s = r.series();
        int c = TimeSeries.COLUMNS.indexOf(column);
        double sum = 0;
        for (int b = (int) Math.floor(r.simulatedSeconds() / s.bucketSeconds()); b < s.buckets(); b++) {
            sum += s.value(c, b);
        }
        return sum;
    }

    /** A chart's per-second column times each point's span, summed over the run. */
    private static double total(MetricsData d, String column) {
        double[] rate = d.rate(column);
        double sum = 0;
        double start = 0;
        for (int i = 0; i < rate.length; i++) {
            sum += rate[i] * (d.x[i] - start);
            start = d.x[i];
        }
        return sum;
    }
}
