package dev.cdnx.model.report;

import dev.cdnx.model.checks.ArchitectureChecks;
import dev.cdnx.model.checks.CheckContext;
import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.Crossover;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.ProviderComparison;
import dev.cdnx.model.cost.TypedVolumes;
import dev.cdnx.model.decision.DecisionResult;
import dev.cdnx.model.decision.Decisions;
import dev.cdnx.model.decision.Verdict;
import dev.cdnx.model.decision.Verdicts;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code cdnx report} prints, computed once: the bill of each model (typed at the first listed
 * byte hit ratio, or measured by one run per model with the same seed), the pull bill at every listed
 * byte hit ratio (typed only), both decision paths, the verdict of the trees, the bill and the runs, and
 * every check outcome. One run per model is always made (the verdict needs them); the checks and the
 * trees' figures see the run of the scenario's own model ({@code ownRun}).
 */
public record ReportData(
        Scenario scenario,
        PriceSheet sheet,
        boolean measured,
        Map<DeliveryModel, CostBreakdown> cost,
        List<Crossover.Point> byHitRatio,
        List<DecisionResult> decisions,
        List<CheckOutcome> checks,
        Verdict verdict,
        RunResult ownRun) {

    public static ReportData build(Scenario s, PriceSheet sheet, boolean measured) {
        Map<DeliveryModel, CostBreakdown> cost = new EnumMap<>(DeliveryModel.class);
        Map<DeliveryModel, RunResult> runs = Verdicts.runAll(s);
        RunResult own = runs.get(s.delivery.model == null ? DeliveryModel.PULL : s.delivery.model);
        double h = TypedVolumes.hitRatios(s)[0];
        for (DeliveryModel m : DeliveryModel.values()) {
            if (measured) {
                cost.put(m, CostModel.breakdown(MeasuredVolumes.of(s, runs.get(m)), sheet));
            } else {
                cost.put(m, CostModel.breakdown(TypedVolumes.of(s, m, h), sheet));
            }
        }
        List<Crossover.Point> sweep = measured ? List.of() : Crossover.byHitRatio(s, sheet, TypedVolumes.hitRatios(s));
        List<CheckOutcome> checks = ArchitectureChecks.run(new CheckContext(s, own, cost.get(DeliveryModel.PULL)));
        List<DecisionResult> decisions = Decisions.evaluate(s, sheet, own);
        return new ReportData(
                s, sheet, measured, cost, sweep, decisions, checks, Verdicts.build(s, sheet, decisions, runs), own);
    }

    /** The scenario's own model's month priced on every shipped sheet (and the scenario's own sheet). */
    public List<ProviderComparison.Row> providers() {
        DeliveryModel own = scenario.delivery.model == null ? DeliveryModel.PULL : scenario.delivery.model;
        return ProviderComparison.of(cost.get(own).volumes(), ProviderComparison.sheetsWith(sheet));
    }
}
