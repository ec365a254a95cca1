package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.SharedData;
import org.junit.jupiter.api.Test;

/** The benchmarks run on a tiny scenario and print every field docs/performance.md quotes. */
class BenchCommandTest {

    private static String sample(String name) {
        return SharedData.projectDir().resolve("samples/" + name + ".json").toString();
    }

    @Test
    void benchEngineRunsFloorAndEngineOnTheSameRequests() throws Exception {
        ReplayCommandTest.Run r = ReplayCommandTest.run(
                "bench", "engine", "--scenario", sample("hello-cdn"), "--duration", "5s", "--passes", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("requests").asLong() > 0, r.out());
        assertEquals(j.get("requests").asLong(), j.get("engineRequests").asLong(), "the same requests both ways");
        assertTrue(j.get("floorRequestsPerSecond").asDouble() > 0, r.out());
        assertTrue(j.get("engineRequestsPerSecond").asDouble() > 0, r.out());
        double ratio = j.get("floorRequestsPerSecond").asDouble()
                / j.get("engineRequestsPerSecond").asDouble();
        // The rates are printed rounded to whole requests, so a slow pass (a loaded machine) moves the recomputed
        // ratio by more than its two printed decimals: compare within a thousandth.
        assertEquals(ratio, j.get("ratio").asDouble(), 0.01 + ratio / 1000, "ratio is floor ÷ engine");
        double cpuRatio = j.get("floorCpuRequestsPerSecond").asDouble()
                / j.get("engineCpuRequestsPerSecond").asDouble();
        assertEquals(
                cpuRatio, j.get("cpuRatio").asDouble(), 0.01 + cpuRatio / 1000, "the same on the thread's CPU time");
        assertEquals(2, j.get("floorRuns").size());
        assertEquals(2, j.get("engineRuns").size());
    }

    @Test
    void benchSweepTimesBothWaysAndFindsTheSameResults() throws Exception {
        ReplayCommandTest.Run r = ReplayCommandTest.run(
                "bench", "sweep", "--scenario", sample("hello-cdn"), "--duration", "5s", "--rounds", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(4, j.get("values").size(), "the 4-point sweep");
        assertTrue(j.get("sameResults").asBoolean(), r.out());
        assertTrue(j.get("controlSpeedup").asDouble() > 0, r.out());
        // Warm-up goes on until the JIT has settled, and the JIT's time during the timed sweeps is shown.
        int warmups = j.get("warmupSweeps").asInt();
        assertTrue(warmups >= 2 && warmups <= 30, r.out());
        assertTrue(j.get("sequentialCompileMillis").asLong() >= 0, r.out());
        assertTrue(j.get("parallelCompileMillis").asLong() >= 0, r.out());
        assertTrue(
                j.get("sequentialSeconds").asDouble() > 0
                        && j.get("parallelSeconds").asDouble() > 0,
                r.out());
        double sequential = j.get("sequentialSeconds").asDouble();
        double parallel = j.get("parallelSeconds").asDouble();
        // The seconds are printed to the millisecond, so the ratio of the printed figures is only that exact.
        double rounding = sequential / parallel * (0.0005 / sequential + 0.0005 / parallel);
        assertEquals(sequential / parallel, j.get("speedup").asDouble(), 0.006 + rounding);
    }

    @Test
    void aBadDurationIsOneLineNotATrace() {
        ReplayCommandTest.Run r =
                ReplayCommandTest.run("bench", "engine", "--scenario", sample("hello-cdn"), "--duration", "soon");
        assertEquals(Cdnx.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("cdnx engine: --duration soon"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
