package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import dev.cdnx.model.units.TimeOfDay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The import finds the hour a log is busiest in and a fitted run is busiest in that same hour: logs of two
 * days whose requests follow a daily curve highest at a known time of day (UTC).
 */
class PeakHourTest {

    private static final int REQUESTS = 40_000;
    private static final int DAY = 86_400;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {14, 3})
    void aFittedRunIsBusiestInTheLogsBusiestHour(int hour) throws IOException {
        Workload w = importDailyLog(hour * 3600 + 1800);
        assertEquals(hour, busiest(w.hourly), "the generated log's own busiest hour");
        assertEquals(TimeOfDay.of(hour, 30), w.peak);
        assertEquals(w.peak, WorkloadFiles.load(save(w)).peak, "the peak survives the workload file");

        // About two million requests in the simulated day, so the busiest hour stands clear of its
        // neighbours' counting noise (a sine is flat near its top: the neighbours get ~1.7% fewer).
        Scenario s = FittedWorkload.apply(drawing(), w, 100, 1);
        assertEquals(TimeOfDay.of(hour, 30), s.topology.nodes.get(0).users.profile.peak);
        assertEquals(hour, busiest(requestsByHour(s)), "the fitted run's busiest hour");
    }

    @Test
    void aLogShorterThanADayHasNoPeak() throws IOException {
        SyntheticLogs gen = new SyntheticLogs(3000, 200, 0.9, 5);
        Path log = gen.write(dir.resolve("short.log"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
        Workload w = TrafficImport.run(log, ImportOptions.AUTO, ImportListener.NONE);
        assertNull(w.peak);
        Scenario s = FittedWorkload.apply(drawing(), w, 1, 1);
        assertNull(s.topology.nodes.get(0).users.profile.peak);
    }

    /**
     * A CloudFront log of two days whose request rate is highest at {@code peakSecond} UTC: a narrow daily
     * bump (a von Mises curve), so the log's own busiest hour leads its neighbours by far more than noise.
     */
    private Workload importDailyLog(int peakSecond) throws IOException {
        SplittableRandom rng = new SplittableRandom(peakSecond);
        long[] times = new long[REQUESTS];
        int n = 0;
        while (n < REQUESTS) {
            double t = rng.nextDouble() * 2 * DAY;
            double curve = Math.exp(4 * (Math.cos(2 * Math.PI * (t - peakSecond) / DAY) - 1));
            if (rng.nextDouble() <= curve) {
                times[n++] = SyntheticLogs.START + (long) t;
            }
        }
        Arrays.sort(times);
        SyntheticLogs gen = new SyntheticLogs(REQUESTS, 500, 0.9, 3);
        gen.times = i -> times[i];
        Path log = gen.write(dir.resolve("daily.log"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
        return TrafficImport.run(log, ImportOptions.AUTO, ImportListener.NONE);
    }

    private Path save(Workload w) throws IOException {
        Path file = dir.resolve("w.json");
        WorkloadFiles.save(w, file);
        return file;
    }

    /** Requests started in each hour of a day-long run of {@code s}. */
    private static double[] requestsByHour(Scenario s) {
        s.duration = SimDuration.ofSeconds(DAY);
        Simulation sim = new Simulation(s);
        double[] hours = new double[24];
        long before = 0;
        for (int h = 0; h < 24; h++) {
            sim.runUntil((h + 1) * 3600.0);
            long now = sim.snapshot().requests();
            hours[h] = now - before;
            before = now;
        }
        return hours;
    }

    private static int busiest(double[] perHour) {
        int b = 0;
        for (int h = 1; h < perHour.length; h++) {
            if (perHour[h] > perHour[b]) {
                b = h;
            }
        }
        return b;
    }

    /** One users node, one edge, one origin. */
    private static Scenario drawing() {
        Scenario s = new Scenario();
        s.name = "one edge";
        s.seed = 9;
        NodeSpec users = new NodeSpec("users", NodeKind.USERS);
        users.usersOrDefault().rate = Rate.perSecond(1);
        NodeSpec edge = new NodeSpec("edge", NodeKind.EDGE);
        NodeSpec origin = new NodeSpec("origin", NodeKind.ORIGIN);
        s.topology.nodes.add(users);
        s.topology.nodes.add(edge);
        s.topology.nodes.add(origin);
        s.topology.links.add(new LinkSpec("users", "edge", SimDuration.ofMillis(10)));
        s.topology.links.add(new LinkSpec("edge", "origin", SimDuration.ofMillis(50)));
        return s;
    }
}
