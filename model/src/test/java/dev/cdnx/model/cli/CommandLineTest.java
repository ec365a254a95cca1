package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.io.ScenarioIO;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit codes, messages on stderr, JSON fields. */
class CommandLineTest {

    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private static String sample(String name) {
        return CliRun.sample(name);
    }

    @Test
    void validateAcceptsTheSamples() {
        assertEquals(0, run("validate", sample("hello-cdn.json"), sample("viral-shield.json")), err);
        assertTrue(out.contains("ok"));
    }

    @Test
    void validateRejectsABrokenFileWithPlacedMessagesAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"name\": \"x\",\n  \"duration\": \"soon\"\n}\n");
        assertEquals(1, run("validate", sample("hello-cdn.json"), bad.toString()));
        assertTrue(err.contains("bad.json:3:"), err);
        assertTrue(err.contains("duration"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("simulate", sample("hello-cdn.json"), "--no-such-flag"));
        assertEquals(2, run("simulate", sample("hello-cdn.json"), "--model", "teleport"));
    }

    @Test
    void simulateJsonHasTheContractFieldsAndIsDeterministic() throws Exception {
        assertEquals(0, run("simulate", sample("hello-cdn.json"), "--seed", "3", "--duration", "60s", "--json"), err);
        JsonNode a = ScenarioIO.mapper().readTree(out);
        for (String k : new String[] {
            "requests",
            "hits",
            "misses",
            "hitRatio",
            "byteHitRatio",
            "originRequests",
            "originBytes",
            "revalidations",
            "coalesced",
            "staleServed",
            "errors",
            "peakOriginRequestsPerSecond",
            "latencyMs",
            "pushCoverage",
            "tiers",
            "nodes",
            "simulatedSeconds",
            "wallSeconds",
            "requestsPerSecond"
        }) {
            assertTrue(a.has(k), "simulate --json lacks " + k);
        }
        assertTrue(a.get("latencyMs").has("p99"));
        assertTrue(a.get("tiers").get("shield").has("byteHitRatio"));
        assertEquals(60.0, a.get("simulatedSeconds").asDouble());
        assertEquals(0, run("simulate", sample("hello-cdn.json"), "--seed", "3", "--duration", "60s", "--json"));
        JsonNode b = ScenarioIO.mapper().readTree(out);
        assertEquals(a.get("requests"), b.get("requests"));
        assertEquals(a.get("nodes"), b.get("nodes"));
    }

    @Test
    void setOverridesAFieldAndNamesAWrongOne() {
        assertEquals(
                0,
                run(
                        "simulate",
                        sample("thundering-herd.json"),
                        "--duration",
                        "100s",
                        "--set",
                        "policy.ttlJitter=300s"));
        assertEquals(1, run("simulate", sample("hello-cdn.json"), "--set", "policy.ttlJiter=300s"));
        assertTrue(err.contains("did you mean \"ttlJitter\""), err);
    }

    @Test
    void sweepPrintsOneRowPerValue() {
        assertEquals(
                0,
                run("sweep", sample("single-request.json"), "--param", "workload.alpha", "--values", "0.5,1.0"),
                err);
        assertEquals(3, out.strip().split("\n").length, out);
    }
}
