package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.app.panels.cost.CostFigures;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.cost.CostInput;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every sample, what the Cost panel (measured volumes) and the Decision panel show equals
 * {@code cdnx report --measured --json} for the same scenario and seed: every term of every model's bill
 * with the inputs its explanation lists (value and source, sizes included), each total, each tree's path and recommendation. Runs are cut short (the same way on both sides) to keep the test quick.
 */
class PanelsMatchReportTest {

    /** Simulated time per run: 30 s, but large-cdn's thousands of users make 30 s of it take minutes. */
    static String duration(String sample) {
        return sample.equals("large-cdn") ? "0.5s" : "30s";
    }

    static List<String> samples() {
        return CommandLineJson.sampleNames();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void costAndDecisionPanelsShowTheReportsFigures(String sample) {
        JsonNode report = CommandLineJson.run(
                "report", Samples.file(sample).toString(), "--measured", "--duration", duration(sample));
        PanelContext ctx = Samples.direct(sample, "duration=" + duration(sample));

        CostViewModel cost = new CostViewModel(ctx);
        cost.setShowing(true);
        cost.measuredProperty().set(true);
        cost.refreshNow();
        CostFigures f = cost.figuresProperty().get();
        assertNotNull(f, sample + ": " + cost.messageProperty().get());
        assertFalse(cost.bars().isEmpty(), sample);
        for (CostViewModel.Bar b : cost.bars()) {
            JsonNode amount = report.path("cost")
                    .path(b.model().id())
                    .path("terms")
                    .path(b.termId())
                    .path("amount");
            assertEquals(
                    0,
                    new BigDecimal(amount.asText()).compareTo(b.amount()),
                    sample + " " + b.model().id() + " " + b.termId() + ": panel " + b.amount() + ", report " + amount);
        }
        for (CostViewModel.TermRow row : cost.rows()) {
            row.byModel().forEach((m, term) -> {
                JsonNode inputs = report.path("cost")
                        .path(m.id())
                        .path("terms")
                        .path(term.id())
                        .path("inputs");
                assertEquals(inputs.size(), term.inputs().size(), sample + " " + m.id() + " " + term.id());
                for (int i = 0; i < inputs.size(); i++) {
                    CostInput in = term.inputs().get(i);
                    String where = sample + " " + m.id() + " " + term.id() + " " + in.name();
                    assertEquals(inputs.get(i).path("value").asText(), in.value(), where);
                    assertEquals(inputs.get(i).path("source").asText(), in.source(), where);
                }
            });
        }
        for (DeliveryModel m : DeliveryModel.values()) {
            BigDecimal total = new BigDecimal(
                    report.path("cost").path(m.id()).path("total").asText());
            assertEquals(0, total.compareTo(f.bills().get(m).total()), sample + " total " + m.id());
        }

        DecisionViewModel decisions = new DecisionViewModel(ctx);
        decisions.refreshNow();
        for (JsonNode tree : report.path("decisions")) {
            DecisionResult r = decisions.result(tree.path("tree").asText());
            assertNotNull(r, sample + " tree " + tree.path("tree"));
            assertEquals(
                    tree.path("recommendation").asText(), r.recommendation().id(), sample + " " + tree.path("tree"));
            List<String> reasons = new ArrayList<>();
            tree.path("reasons").forEach(n -> reasons.add(n.asText()));
            assertEquals(reasons, r.reasons(), sample + " " + tree.path("tree") + ": the sentences beside the tree");
            assertEquals(tree.path("path").size(), r.path().size(), sample + " " + tree.path("tree"));
            for (int i = 0; i < r.path().size(); i++) {
                DecisionResult.Step step = r.path().get(i);
                JsonNode expected = tree.path("path").get(i);
                assertEquals(expected.path("question").asText(), step.questionId(), sample);
                assertEquals(expected.path("answer").asText(), step.answerId(), sample);
                assertEquals(expected.path("because").asText(), step.because(), sample);
            }
        }
    }
}
