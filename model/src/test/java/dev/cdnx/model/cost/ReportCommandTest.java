package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.io.ScenarioIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code cdnx report} through the real command line. */
class ReportCommandTest {

    private String out;
    private String err;

    private int run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bo, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(be, true, StandardCharsets.UTF_8));
            return Cdnx.execute(args);
        } finally {
            System.setOut(o);
            System.setErr(e);
            out = bo.toString(StandardCharsets.UTF_8);
            err = be.toString(StandardCharsets.UTF_8);
        }
    }

    private String sample(String name) {
        return TestScenarios.samples().resolve(name).toString();
    }

    @Test
    void costLeverTextShowsTheSeedFigures() {
        assertEquals(0, run("report", sample("cost-lever.json"), "--typed"));
        assertTrue(out.contains("$37,500.00") && out.contains("$12,500.00") && out.contains("$5,000.00"), out);
    }

    @Test
    void jsonHasCostDecisionsAndChecks() throws Exception {
        assertEquals(0, run("report", sample("cost-lever.json"), "--json"));
        JsonNode d = ScenarioIO.mapper().readTree(out);
        assertEquals("typed", d.get("volumes").asText());
        assertEquals(37500.0, d.at("/cost/pull/terms/originEgress/amount").asDouble(), 0.0);
        for (String m : new String[] {"pull", "push", "hybrid"}) {
            assertTrue(d.at("/cost/" + m + "/total").isNumber());
        }
        assertEquals(2, d.get("decisions").size());
        assertTrue(d.at("/decisions/0/path/0/because").isTextual());
        assertTrue(d.get("checks").isArray());
    }

    @Test
    void measuredPersonalisedDashboardFiresTheUncacheableCheck() throws Exception {
        assertEquals(0, run("report", sample("personalized.json"), "--duration", "1m", "--json"));
        JsonNode d = ScenarioIO.mapper().readTree(out);
        assertEquals("measured", d.get("volumes").asText());
        boolean fired = false;
        for (JsonNode c : d.get("checks")) {
            fired |= c.get("id").asText().equals("uncacheable-traffic")
                    && c.get("status").asText().equals("failed");
        }
        assertTrue(fired, out);
    }

    @Test
    void badInputExitsOneAndUsageErrorsExitTwo() {
        assertEquals(1, run("report", "no-such-file.json"));
        assertTrue(err.contains("no such file"), err);
        assertEquals(2, run("report", sample("hello-cdn.json"), "--typed"));
        assertEquals(2, run("report", sample("cost-lever.json"), "--typed", "--measured"));
        assertEquals(1, run("report", sample("cost-lever.json"), "--set", "pricing.sheet=missing-sheet"));
        assertTrue(err.contains("no price sheet \"missing-sheet\""), err);
    }
}
