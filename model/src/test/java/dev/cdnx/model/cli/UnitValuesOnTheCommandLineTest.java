package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit values typed after {@code --set} and {@code sweep --values} are read whole, by the file's parsers. */
class UnitValuesOnTheCommandLineTest {

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

    private static Scenario hello() {
        return ScenarioIO.read(SharedData.projectDir().resolve("samples").resolve("hello-cdn.json"))
                .orThrow();
    }

    @Test
    void valuesWithASpaceBeforeTheUnitAreReadWhole() {
        Scenario s = ScenarioOverrides.apply(
                hello(),
                List.of(
                        "topology.nodes[1].cache.capacity=7.3 PB",
                        "policy.ttlJitter=5 m",
                        "delivery.push.bandwidth=10 Gbps",
                        "topology.nodes[0].users.rate=2 k/s"));
        assertEquals(
                7_300_000_000_000_000L, s.topology.nodes.get(1).cache.capacity.bytes());
        assertEquals(300, s.policy.ttlJitter.seconds(), 1e-9);
        assertEquals(10e9, s.delivery.push.bandwidth.bitsPerSecond(), 1e-3);
        assertEquals(2000, s.topology.nodes.get(0).users.rate.perSecond(), 1e-9);
    }

    @Test
    void aValueThatCannotBeReadWholeExitsOneNamingValueFieldAndForms() {
        assertEquals(
                1,
                run(
                        "simulate",
                        sample("hello-cdn.json"),
                        "--duration",
                        "10s",
                        "--set",
                        "topology.nodes[1].cache.capacity=7.3 PBs"));
        assertTrue(err.contains("--set"), err);
        assertTrue(err.contains("topology.nodes[1].cache.capacity"), err);
        assertTrue(err.contains("\"7.3 PBs\""), err);
        assertTrue(err.contains("40 GB"), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals("", out);
    }

    @Test
    void sweepOverCapacitiesWithSpacesGivesDifferentRows() throws Exception {
        assertEquals(
                0,
                run(
                        "sweep",
                        sample("hello-cdn.json"),
                        "--param",
                        "topology.nodes[1].cache.capacity",
                        "--values",
                        "200 MB,2 GB",
                        "--json"),
                err);
        JsonNode points = ScenarioIO.mapper().readTree(out).get("points");
        assertEquals(2, points.size());
        assertNotEquals(
                points.get(0).get("result").get("hitRatio"),
                points.get(1).get("result").get("hitRatio"),
                out);
    }

    @Test
    void sweepWithNoValuesIsAUsageError() {
        assertEquals(2, run("sweep", sample("hello-cdn.json"), "--param", "policy.ttlJitter", "--values", ",,,"));
        assertTrue(err.contains("--values"), err);
        assertEquals(2, run("sweep", sample("hello-cdn.json"), "--param", "policy.ttlJitter", "--values", "0s,,60s"));
        assertTrue(err.contains("empty"), err);
    }
}
