package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.report.MarkdownReport;
import dev.cdnx.model.report.ReportData;
import dev.cdnx.model.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provider section of {@code cdnx report}: one total per shipped sheet, with its source and gaps. */
class ProviderReportTest {

    private String out;

    private int run(String... args) {
        PrintStream o = System.out;
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bo, true, StandardCharsets.UTF_8));
            return Cdnx.execute(args);
        } finally {
            System.setOut(o);
            out = bo.toString(StandardCharsets.UTF_8);
        }
    }

    private static String costLever() {
        return TestScenarios.samples().resolve("cost-lever.json").toString();
    }

    @Test
    void jsonPricesTheOwnModelOnEveryShippedSheet() throws Exception {
        assertEquals(0, run("report", costLever(), "--typed", "--json"));
        JsonNode d = ScenarioIO.mapper().readTree(out);
        List<String> names = new ArrayList<>();
        d.get("providers").forEach(p -> names.add(p.get("sheet").asText()));
        assertEquals(PriceSheets.SHIPPED, names);
        // cost-lever, pull: 5 PB split na 0.4 / eu 0.3 / apac 0.2 / sa 0.1; the free 1,000 GB shared alike.
        // na 1,999,600 GB: 850 + 3,200 + 6,000 + 14,000 + 15,720 (to 1,024,000 GB) + 975,600 × 0.025 = 64,160.00
        // eu 1,499,700 GB: 39,770 + 475,700 × 0.025 = 51,662.50
        // apac: first 10,000 GB × 0.120 = 1,200.00 (989,800 GB beyond: unpriced)
        // sa: first 10,000 GB × 0.110 = 1,100.00 (489,900 GB beyond: unpriced)
        // requests, origin egress and logs: no figure in the source. Total 118,122.50.
        JsonNode cf = d.at("/providers/2");
        assertEquals("cloudfront", cf.get("sheet").asText());
        assertEquals(118122.50, cf.get("total").asDouble(), 0.0);
        assertFalse(cf.get("complete").asBoolean());
        assertTrue(cf.get("gaps").toString().contains("CDN egress in apac (989,800 GB)"), cf.toString());
        assertTrue(
                cf.get("source").asText().contains("aws.amazon.com/cloudfront/pricing")
                        && cf.get("source").asText().contains("2026-06-15"),
                cf.toString());
        // the scenario's own sheet: its source recorded in the report's header too
        assertTrue(
                d.at("/sheet/source").asText().contains("made up for teaching"),
                d.get("sheet").toString());
        // the illustrative row is the report's own pull total
        assertEquals(
                d.at("/cost/pull/total").asDouble(), d.at("/providers/0/total").asDouble(), 0.0);
    }

    @Test
    void textAndMarkdownShowTheSectionWithSourcesAndDates() {
        assertEquals(0, run("report", costLever(), "--typed", "--compare-providers"));
        assertTrue(out.contains("Compare providers"), out);
        assertTrue(out.contains("cloudfront") && out.contains("$118,122.50"), out);
        assertTrue(out.contains("prices from: https://aws.amazon.com/cloudfront/pricing/"), out);
        assertTrue(out.contains("read 2026-06-15"), out);
        assertEquals(0, run("report", costLever(), "--typed"));
        assertFalse(out.contains("Compare providers"), "the section is asked for");
        assertTrue(out.contains("prices from: made up for teaching"), out);
        Scenario s = TestScenarios.sample("cost-lever.json");
        String md = MarkdownReport.render(
                ReportData.build(s, PriceSheets.shipped("cloudfront").sheet(), false), null, null);
        assertTrue(md.contains("## Compare providers"), md);
        assertTrue(md.contains("Prices from: https://aws.amazon.com/cloudfront/pricing/"), md);
        assertTrue(md.contains("| fastly | $421,500.00 |"), md);
    }
}
