package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.io.ScenarioIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Cost tab's "Compare providers" shows the same rows as {@code cdnx report --json}'s {@code providers}. */
class CompareProvidersTest {

    @Test
    void theProviderBarsEqualTheCommandLineReport() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cdnx.execute("report", Samples.file("cost-lever").toString(), "--typed", "--json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        JsonNode json = ScenarioIO.mapper()
                .readTree(buf.toString(StandardCharsets.UTF_8))
                .get("providers");
        List<ProviderComparison.Row> rows = new CostViewModel(Samples.direct("cost-lever")).providers();
        assertEquals(json.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProviderComparison.Row r = rows.get(i);
            JsonNode j = json.get(i);
            assertEquals(j.get("sheet").asText(), r.sheet());
            assertEquals(0, new BigDecimal(j.get("total").asText()).compareTo(r.total()), r.sheet());
            assertEquals(j.get("source").asText(), r.provenance(), r.sheet());
            List<String> gaps = new ArrayList<>();
            j.get("gaps").forEach(g -> gaps.add(g.asText()));
            assertEquals(gaps, r.gaps(), r.sheet());
        }
        // the hand-worked CloudFront month of cost-lever (see ProviderReportTest in the model)
        assertEquals(0, new BigDecimal("118122.50").compareTo(rows.get(2).total()));
    }
}
