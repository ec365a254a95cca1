package dev.cdnx.model.report;

import dev.cdnx.model.decision.ModelRun;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code verdict} block of {@code report --json}: {@code tree{model,bypass,title,agree,agreement}},
 * {@code cheapest{typed,measured,typedTotals,measuredTotals}} ({@code typed} left out when the scenario has no
 * typed volumes), {@code runs[{model,requests,errors,p95Ms,originPeakPerSecond,coverage,hitRatio}]} with
 * {@code favour}, and {@code agree} and {@code reason}. A p95 with no finished request is null.
 */
final class VerdictJson {

    private VerdictJson() {}

    static Map<String, Object> toMap(Verdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("model", v.tree().model().id());
        tree.put("bypass", v.tree().bypass());
        tree.put("title", v.tree().title());
        tree.put("agree", v.tree().agree());
        tree.put("agreement", v.tree().agreement());
        m.put("tree", tree);
        Map<String, Object> cheapest = new LinkedHashMap<>();
        cheapest.put(
                "typed", v.cheapestTyped() == null ? null : v.cheapestTyped().id());
        cheapest.put("measured", v.cheapestMeasured().id());
        cheapest.put("typedTotals", totals(v.typedTotals()));
        cheapest.put("measuredTotals", totals(v.measuredTotals()));
        cheapest.put("currency", v.currency());
        m.put("cheapest", cheapest);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (ModelRun r : v.runs()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("model", r.model().id());
            rm.put("requests", r.requests());
            rm.put("errors", r.errors());
            rm.put("p95Ms", Double.isNaN(r.p95Ms()) ? null : r.p95Ms());
            rm.put("originPeakPerSecond", r.originPeakPerSecond());
            rm.put("coverage", r.coverage());
            rm.put("hitRatio", r.hitRatio());
            runs.add(rm);
        }
        Map<String, Object> runBlock = new LinkedHashMap<>();
        runBlock.put("favour", v.runsFavour().id());
        runBlock.put("byModel", runs);
        m.put("runs", runBlock);
        m.put("agree", v.agree());
        m.put("reason", v.reason());
        return m;
    }

    private static Map<String, BigDecimal> totals(Map<DeliveryModel, BigDecimal> totals) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (DeliveryModel model : DeliveryModel.values()) {
            if (totals.containsKey(model)) {
                out.put(model.id(), totals.get(model));
            }
        }
        return out;
    }
}
