package dev.cdnx.app.panels.cost;

import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.Crossover;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.TypedVolumes;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The figures of the Cost panel, assembled as {@code cdnx report} assembles its {@code ReportData}, with
 * what the panel needs beyond it (progress and cancel between runs, reuse of a run already made, and
 * the finer crossover curves): typed bills at the first listed byte hit ratio, or measured bills from
 * one engine run per model on the same seed. A test checks the bills equal {@code cdnx report --json}.
 */
public record CostFigures(
        boolean measured,
        Map<DeliveryModel, CostBreakdown> bills,
        Map<DeliveryModel, RunResult> runs,
        List<Crossover.Point> byHitRatio,
        List<Crossover.Point> byHead,
        double headHitRatio) {

    /** Byte hit ratios of the origin-egress curve: 0.70 to 1.00 in steps of 0.01. */
    static double[] curveRatios() {
        double[] r = new double[31];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.round((0.70 + i * 0.01) * 100) / 100.0;
        }
        return r;
    }

    /** Bills on the scenario's typed volumes, as {@code cdnx report --typed}. */
    public static CostFigures typed(Scenario s, PriceSheet sheet) {
        double h = TypedVolumes.hitRatios(s)[0];
        Map<DeliveryModel, CostBreakdown> bills = new EnumMap<>(DeliveryModel.class);
        for (DeliveryModel m : DeliveryModel.values()) {
            bills.put(m, CostModel.breakdown(TypedVolumes.of(s, m, h), sheet));
        }
        return new CostFigures(false, bills, Map.of(), curves(s, sheet, true), heads(s, sheet, h), h);
    }

    /**
     * Bills on measured volumes, as {@code cdnx report --measured}: one run per model (same seed), except
     * that a run already made for a model ({@code known}) is used as it is. The runs still to make go to
     * {@code pool} at once; a cancel is heard between slices of each. Returns null when cancelled.
     */
    public static CostFigures measured(
            Scenario s,
            PriceSheet sheet,
            Map<DeliveryModel, RunResult> known,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Executor pool) {
        List<Function<BooleanSupplier, RunResult>> tasks = new ArrayList<>();
        for (DeliveryModel m : DeliveryModel.values()) {
            RunResult k = known.get(m);
            tasks.add(
                    k != null
                            ? stop -> k
                            : stop -> Sweep.runUnlessCancelled(new Simulation(MeasuredVolumes.under(s, m)), stop));
        }
        List<RunResult> results = RunPool.runAll(pool, tasks, progress, cancelled);
        if (results.size() < tasks.size()) {
            return null;
        }
        Map<DeliveryModel, CostBreakdown> bills = new EnumMap<>(DeliveryModel.class);
        Map<DeliveryModel, RunResult> runs = new EnumMap<>(DeliveryModel.class);
        DeliveryModel[] models = DeliveryModel.values();
        for (int i = 0; i < models.length; i++) {
            DeliveryModel m = models[i];
            RunResult r = results.get(i);
            runs.put(m, r);
            bills.put(m, CostModel.breakdown(MeasuredVolumes.of(s, r), sheet));
        }
        boolean typed = s.volumes != null;
        double h = TypedVolumes.hitRatios(s)[0];
        return new CostFigures(true, bills, runs, curves(s, sheet, typed), typed ? heads(s, sheet, h) : List.of(), h);
    }

    private static List<Crossover.Point> curves(Scenario s, PriceSheet sheet, boolean typed) {
        return typed && s.volumes != null ? Crossover.byHitRatio(s, sheet, curveRatios()) : List.of();
    }

    private static List<Crossover.Point> heads(Scenario s, PriceSheet sheet, double h) {
        return s.volumes == null ? List.of() : new ArrayList<>(Crossover.hybridByHead(s, sheet, h));
    }

    /** The model whose bill the scenario runs now. */
    public static DeliveryModel currentModel(Scenario s) {
        return s.delivery == null || s.delivery.model == null ? DeliveryModel.PULL : s.delivery.model;
    }
}
