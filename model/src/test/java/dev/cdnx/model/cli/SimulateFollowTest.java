package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.io.ScenarioIO;
import org.junit.jupiter.api.Test;

/** {@code cdnx simulate --follow N --json}: the first N requests, each with hops that tile its latency. */
class SimulateFollowTest {

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
    void followedRequestsHopsTileTheirLatencyInTheJson() throws Exception {
        assertEquals(
                0, run("simulate", sample("hello-cdn.json"), "--duration", "60s", "--follow", "200", "--json"), err);
        JsonNode followed = ScenarioIO.mapper().readTree(out).get("followed");
        assertEquals(200, followed.size());
        long previousId = 0;
        for (JsonNode r : followed) {
            assertTrue(r.get("id").asLong() > previousId, "in the order the requests started");
            previousId = r.get("id").asLong();
            assertFalse(r.get("outcome").isNull());
            JsonNode hops = r.get("hops");
            assertTrue(hops.size() >= 3, "request, something at the edge, answer to the user: " + r);
            assertEquals(0.0, hops.get(0).get("startMs").asDouble(), 0.0, "the first hop starts at the send: " + r);
            for (int i = 1; i < hops.size(); i++) {
                assertEquals(
                        hops.get(i - 1).get("endMs").asDouble(),
                        hops.get(i).get("startMs").asDouble(),
                        0.0,
                        "no gap and no overlap: " + r);
            }
            for (JsonNode h : hops) {
                assertTrue(h.has("from") && h.has("to") && h.has("kind"), "" + h);
                assertTrue(h.get("endMs").asDouble() >= h.get("startMs").asDouble(), "" + h);
            }
            assertEquals(
                    r.get("latencyMs").asDouble(),
                    hops.get(hops.size() - 1).get("endMs").asDouble(),
                    0.0,
                    "the last hop ends at the latency: " + r);
        }
        assertEquals("request", followed.get(0).get("hops").get(0).get("kind").asText());
    }

    @Test
    void withoutFollowTheJsonHasNoFollowedAndANegativeCountIsAUsageError() throws Exception {
        assertEquals(0, run("simulate", sample("hello-cdn.json"), "--duration", "10s", "--json"), err);
        assertFalse(ScenarioIO.mapper().readTree(out).has("followed"));
        assertEquals(2, run("simulate", sample("hello-cdn.json"), "--follow", "-1"));
        assertTrue(err.contains("--follow") && err.contains("e.g."), err);
    }

    @Test
    void theTableListsTheFollowedRequestsHops() {
        assertEquals(0, run("simulate", sample("single-request.json"), "--duration", "10s", "--follow", "1"), err);
        assertTrue(out.contains("request #1 from users-tokyo"), out);
        assertTrue(out.contains("origin sends the object"), out);
    }
}
