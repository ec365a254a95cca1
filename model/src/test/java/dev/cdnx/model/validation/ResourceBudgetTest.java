package dev.cdnx.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot fit or would take hours are refused before they start, with the figure and the fix. */
class ResourceBudgetTest {

    private static Path sample(String name) {
        return SharedData.projectDir().resolve("samples").resolve(name);
    }

    private static String[] run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = Cdnx.execute(args);
            return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
    }

    @Test
    void twoBillionObjectsExitWithTheHeapEstimateWithinFiveSeconds(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.json");
        Files.writeString(
                f,
                Files.readString(sample("hello-cdn.json"))
                        .replaceFirst("\"objects\": \\d+", "\"objects\": 2000000000"));
        String[] r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> run("simulate", f.toString()));
        assertEquals("1", r[0], r[1]);
        assertTrue(
                r[1].contains("GB of heap for 2,000,000,000 objects")
                        && r[1].contains("-Xmx")
                        && r[1].contains("reduce workload.objects"),
                r[1]);
        assertTrue(r[1].contains("huge.json"), "names the file: " + r[1]);
    }

    @Test
    void aRunOfHundredThousandDaysNeedsAllowLong() {
        String[] r = run("simulate", sample("hello-cdn.json").toString(), "--duration", "100000d");
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("which takes long: about 720 hours at 400,000 requests/s"), r[1]);
        assertTrue(r[1].contains("--allow-long"), r[1]);
    }

    @Test
    void theLargeSampleEstimatesWithinTwiceItsMeasuredHeap() {
        Scenario s = ScenarioIO.read(sample("large-cdn.json")).orThrow();
        ResourceBudget.Estimate e = ResourceBudget.estimate(s);
        assertTrue(
                e.heapBytes() > 300e6 && e.heapBytes() < 1.2e9, "measured 0.5-0.6 GB live; estimated " + e.heapBytes());
        assertEquals(
                6_000_000, e.requests(), 100_000, "100,000 requests per simulated second for 60 s (5,997,765 run)");
        assertTrue(ResourceBudget.check(s, 2L << 30, false).isEmpty());
    }
}
