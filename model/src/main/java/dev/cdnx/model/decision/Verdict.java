package dev.cdnx.model.decision;

import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One verdict, three witnesses: what the trees recommend ({@link TreeVerdict}), which model the bill finds
 * cheapest (on the typed volumes when the scenario has them, and on the volumes measured by one run per
 * model), and what those runs showed under each model. {@code reason} is one plain sentence (two when two
 * witnesses disagree) saying why they differ, or that they agree.
 *
 * @param typedTotals    monthly total per model on the typed volumes; empty when the scenario has none
 * @param measuredTotals monthly total per model on the measured volumes
 * @param cheapestTyped  the cheapest model on the typed volumes, or null when there are none
 * @param runsFavour     the model whose run did best by {@link ModelRun#betterThan}
 */
public record Verdict(
        TreeVerdict tree,
        Map<DeliveryModel, BigDecimal> typedTotals,
        Map<DeliveryModel, BigDecimal> measuredTotals,
        DeliveryModel cheapestTyped,
        DeliveryModel cheapestMeasured,
        List<ModelRun> runs,
        DeliveryModel runsFavour,
        String currency,
        boolean agree,
        String reason) {

    public Verdict {
        typedTotals = inModelOrder(typedTotals);
        measuredTotals = inModelOrder(measuredTotals);
        runs = List.copyOf(runs);
    }

    private static Map<DeliveryModel, BigDecimal> inModelOrder(Map<DeliveryModel, BigDecimal> totals) {
        Map<DeliveryModel, BigDecimal> out = new EnumMap<>(DeliveryModel.class);
        out.putAll(totals);
        return Collections.unmodifiableMap(out);
    }

    /** The run under one model, or null. */
    public ModelRun run(DeliveryModel m) {
        return runs.stream().filter(r -> r.model() == m).findFirst().orElse(null);
    }
}
