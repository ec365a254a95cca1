package dev.cdnx.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.checks.ArchitectureChecks;
import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verdict block and the check statuses of {@code report --json}. */
class ReportVerdictTest {

    private static JsonNode json(String sample, boolean measured) {
        Scenario s = TestScenarios.sample(sample);
        s.duration = SimDuration.ofSeconds(60);
        ReportData d = ReportData.build(s, TestScenarios.illustrative(), measured);
        return ScenarioIO.mapper().valueToTree(ReportJson.toMap(d));
    }

    @Test
    void helloCdnCarriesTheThreeWitnessesAndAReason() {
        JsonNode v = json("hello-cdn.json", true).get("verdict");
        assertEquals("pull", v.at("/tree/model").asText());
        assertTrue(v.at("/tree/agree").asBoolean(), v.toString());
        assertEquals("pull", v.at("/cheapest/measured").asText());
        assertTrue(v.at("/cheapest/typed").isMissingNode(), "hello-cdn has no typed volumes");
        assertEquals(3, v.at("/runs/byModel").size());
        for (JsonNode r : v.at("/runs/byModel")) {
            for (String field : new String[] {"errors", "p95Ms", "originPeakPerSecond", "coverage"}) {
                assertTrue(r.get(field).isNumber(), field + " in " + r);
            }
        }
        assertFalse(v.get("reason").asText().isBlank());
    }

    @Test
    void whenTheRunsFavourAnotherModelTheReasonSaysWhyAndAtWhatPrice() {
        Scenario s = TestScenarios.sample("hello-cdn.json");
        s.duration = SimDuration.ofSeconds(60);
        Verdict v = ReportData.build(s, TestScenarios.illustrative(), true).verdict();
        assertEquals(DeliveryModel.PULL, v.tree().model());
        assertEquals(DeliveryModel.PUSH, v.runsFavour());
        assertFalse(v.agree());
        String extra = dev.cdnx.model.cost.Money.format(
                v.measuredTotals()
                        .get(DeliveryModel.PUSH)
                        .subtract(v.measuredTotals().get(DeliveryModel.PULL)),
                "USD");
        assertTrue(
                v.reason().startsWith("The runs favour Push (a p95 of ")
                        && v.reason().contains("for " + extra + " a month more"),
                v.reason());
    }

    @Test
    void typedScenariosNameTheCheapestOnBothBills() {
        JsonNode v = json("cost-lever.json", false).get("verdict");
        assertEquals("push", v.at("/tree/model").asText());
        assertEquals("push", v.at("/cheapest/typed").asText());
        assertTrue(v.at("/cheapest/typedTotals/pull").isNumber());
        assertTrue(v.at("/cheapest/measuredTotals/pull").isNumber());
    }

    @Test
    void everyCheckIsListedWithItsStatus() {
        JsonNode checks = json("personalized.json", true).get("checks");
        assertEquals(ArchitectureChecks.all().size(), checks.size());
        for (JsonNode c : checks) {
            String status = c.get("status").asText();
            assertTrue(Set.of("passed", "warned", "failed", "skipped").contains(status), c.toString());
            if (status.equals("skipped")) {
                assertFalse(c.get("reason").asText().isBlank(), c.toString());
            }
        }
        JsonNode uncacheable = null;
        for (JsonNode c : checks) {
            uncacheable = c.get("id").asText().equals("uncacheable-traffic") ? c : uncacheable;
        }
        assertEquals("failed", uncacheable.get("status").asText());
    }
}
