package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.io.ScenarioIO;
import org.junit.jupiter.api.Test;

/** {@code simulate --json} carries the run's events, the same list the live run's timeline shows. */
class SimulateEventsTest {

    @Test
    void theJsonListsTheRunsEventsWithTimeKindTextAndNodes() throws Exception {
        CliRun r = CliRun.of("simulate", CliRun.sample("multi-cdn.json"), "--json", "--events");
        assertEquals(0, r.code(), r.err());
        JsonNode events = ScenarioIO.mapper().readTree(r.out()).get("events");
        assertEquals(2, events.size());
        assertEquals(300.0, events.get(0).get("time").asDouble());
        assertEquals("fault", events.get(0).get("kind").asText());
        assertEquals("dns-failover", events.get(1).get("kind").asText());
        assertEquals(360.0, events.get(1).get("time").asDouble());
        assertEquals("dns-steering", events.get(1).get("nodes").get(0).asText());
    }

    @Test
    void withoutTheFlagTheJsonStaysAsItWasAndTheTableListsThemOneALine() throws Exception {
        CliRun plain = CliRun.of("simulate", CliRun.sample("multi-cdn.json"), "--json", "--duration", "60s");
        assertFalse(ScenarioIO.mapper().readTree(plain.out()).has("events"), "the engine's golden output is unchanged");
        CliRun table = CliRun.of("simulate", CliRun.sample("multi-cdn.json"), "--events");
        assertTrue(table.out().contains("event at    300.0 s  Fault: provider-a (4 nodes) goes down"), table.out());
    }
}
