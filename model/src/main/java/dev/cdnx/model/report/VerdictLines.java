package dev.cdnx.model.report;

import dev.cdnx.model.cost.Money;
import dev.cdnx.model.decision.ModelRun;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The verdict as plain lines, shared by the text and Markdown (and so HTML) reports. */
final class VerdictLines {

    private VerdictLines() {}

    static List<String> of(Verdict v) {
        List<String> out = new ArrayList<>();
        out.add("Trees: " + v.tree().title() + " (" + v.tree().model().label() + "). "
                + v.tree().agreement());
        out.add("Cheapest: "
                + (v.cheapestTyped() == null
                        ? "no typed volumes"
                        : v.cheapestTyped().label() + " on the typed volumes (" + totals(v.typedTotals(), v.currency())
                                + ")")
                + "; " + v.cheapestMeasured().label()
                + " on the measured volumes (" + totals(v.measuredTotals(), v.currency()) + ").");
        StringBuilder runs = new StringBuilder("Runs (favour " + v.runsFavour().label() + "):");
        for (ModelRun r : v.runs()) {
            runs.append(String.format(
                    Locale.ROOT,
                    " %s %,d errors, p95 %s, origin peak %,d/s, coverage %.0f%%;",
                    r.model().label(),
                    r.errors(),
                    Double.isNaN(r.p95Ms()) ? "n/a" : String.format(Locale.ROOT, "%.1f ms", r.p95Ms()),
                    r.originPeakPerSecond(),
                    100 * r.coverage()));
        }
        out.add(runs.substring(0, runs.length() - 1) + ".");
        out.add((v.agree() ? "Agree: " : "Why they differ: ") + v.reason());
        return out;
    }

    private static String totals(Map<DeliveryModel, BigDecimal> totals, String currency) {
        List<String> parts = new ArrayList<>();
        totals.forEach((m, t) -> parts.add(m.label() + " " + Money.format(t, currency)));
        return String.join(", ", parts);
    }
}
