package dev.cdnx.app.panels.compare;

import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs a sweep with the model's engine ({@link Sweep}), every run on the scenario's seed, and prices each
 * run. A parameter's value becomes its {@code --set} assignments (one path, or several fields set
 * together); the origin price changes no traffic, so it runs once and prices that run at each value.
 * The runs go to the run pool several at once (see {@link RunPool}). A cancelled sweep returns the points
 * finished so far. Pure; no JavaFX.
 */
public final class SweepRunner {

    /** One point: the value, the run, and the monthly bill of the model that ran (null without a sheet). */
    public record Row(String value, double x, RunResult run, BigDecimal monthlyCost) {}

    private SweepRunner() {}

    /** The sweep with its runs on the shared {@link RunPool}. */
    public static List<Row> run(
            Scenario base,
            SweepParameter p,
            List<Double> values,
            PriceSheet sheet,
            IntConsumer progress,
            BooleanSupplier cancelled) {
        return run(base, p, values, sheet, progress, cancelled, RunPool.shared());
    }

    /** The sweep with its runs on {@code pool}. */
    public static List<Row> run(
            Scenario base,
            SweepParameter p,
            List<Double> values,
            PriceSheet sheet,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Executor pool) {
        List<Row> out = new ArrayList<>();
        if (p == SweepParameter.ORIGIN_PRICE) {
            List<RunResult> once = RunPool.runAll(
                    pool, List.of(stop -> Sweep.runUnlessCancelled(new Simulation(base), stop)), n -> {}, cancelled);
            if (once.isEmpty()) {
                return out;
            }
            RunResult r = once.get(0);
            for (int i = 0; i < values.size(); i++) {
                out.add(new Row(
                        p.text(values.get(i)), values.get(i), r, cost(base, r, withOrigin(sheet, values.get(i)))));
                progress.accept(i + 1);
            }
            return out;
        }
        List<String> labels = values.stream().map(p::text).toList();
        List<List<String>> assignments =
                values.stream().map(v -> p.assignments(base, v)).toList();
        List<Sweep.Point> points = Sweep.run(base, labels, assignments, progress, cancelled, pool);
        for (int i = 0; i < points.size(); i++) {
            Sweep.Point pt = points.get(i);
            out.add(new Row(pt.value(), values.get(i), pt.result(), cost(pt.scenario(), pt.result(), sheet)));
        }
        return out;
    }

    private static BigDecimal cost(Scenario s, RunResult r, PriceSheet sheet) {
        return sheet == null
                ? null
                : CostModel.breakdown(MeasuredVolumes.of(s, r), sheet).total();
    }

    private static PriceSheet withOrigin(PriceSheet s, double perGb) {
        if (s == null) {
            return null;
        }
        Price p = new Price(s.originEgress().currency(), BigDecimal.valueOf(perGb), "GB");
        return s.withOriginEgress(p, s.name() + " (origin " + perGb + "/GB)");
    }
}
