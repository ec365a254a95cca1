package dev.cdnx.app.panels.compare;

import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.io.ScenarioIdentity;
import dev.cdnx.model.scenario.Scenario;

/**
 * A finished run kept for comparison: the engine's result, a copy of the scenario that produced it, and
 * its monthly bill on measured volumes (null when no price sheet could be read).
 */
public record RunSnapshot(RunResult run, Scenario scenario, CostBreakdown bill) {

    /** Which scenario the run came from (name and content hash), for the Compare panel's honesty check. */
    public ScenarioIdentity identity() {
        return ScenarioIdentity.of(scenario);
    }

    /** Prices a run with the sheet (the bill of the model that ran, scaled to a month). */
    public static RunSnapshot of(RunResult run, Scenario scenario, PriceSheet sheet) {
        CostBreakdown bill = sheet == null ? null : CostModel.breakdown(MeasuredVolumes.of(scenario, run), sheet);
        return new RunSnapshot(run, scenario, bill);
    }
}
