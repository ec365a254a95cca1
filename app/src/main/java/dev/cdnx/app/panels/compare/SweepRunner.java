package dev.cdnx.app.panels.compare;

import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs a sweep with the model's engine, every run on the scenario's seed. A parameter with one JSON path
 * goes through {@link Sweep#run} as the command line's sweep does; one that needs several assignments per
 * value applies them with {@link ScenarioOverrides} and runs a {@link Simulation} per value with the same
 * progress and cancellation between runs; the origin price runs once and prices that run at each value.
 * A cancelled sweep returns the points finished so far. Pure; no JavaFX.
 */
public final class SweepRunner {

    /** One point: the value, the run, and the monthly bill of the model that ran (null without a sheet). */
    public record Row(String value, double x, RunResult run, BigDecimal monthlyCost) {
    }

    private SweepRunner() {
    }

    public static List<Row> run(Scenario base, SweepParameter p, List<Double> values, PriceSheet sheet,
            IntConsumer progress, BooleanSupplier cancelled) {
        List<Row> out = new ArrayList<>();
        if (p == SweepParameter.ORIGIN_PRICE) {
            if (cancelled.getAsBoolean()) {
                return out;
            }
            RunResult r = new Simulation(base).run();
            for (int i = 0; i < values.size(); i++) {
                out.add(new Row(p.text(values.get(i)), values.get(i), r, cost(base, r, withOrigin(sheet, values.get(i)))));
                progress.accept(i + 1);
            }
            return out;
        }
        if (p.path() != null) {
            List<String> texts = values.stream().map(p::text).toList();
            List<Sweep.Point> points = Sweep.run(base, p.path(), texts, progress, cancelled);
            for (int i = 0; i < points.size(); i++) {
                Scenario variant = ScenarioOverrides.apply(base, p.assignments(base, values.get(i)));
                out.add(new Row(points.get(i).value(), values.get(i), points.get(i).result(),
                        cost(variant, points.get(i).result(), sheet)));
            }
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Scenario variant = ScenarioOverrides.apply(base, p.assignments(base, values.get(i)));
            RunResult r = new Simulation(variant).run();
            out.add(new Row(p.text(values.get(i)), values.get(i), r, cost(variant, r, sheet)));
            progress.accept(i + 1);
        }
        return out;
    }

    private static BigDecimal cost(Scenario s, RunResult r, PriceSheet sheet) {
        return sheet == null ? null : CostModel.breakdown(MeasuredVolumes.of(s, r), sheet).total();
    }

    private static PriceSheet withOrigin(PriceSheet s, double perGb) {
        if (s == null) {
            return null;
        }
        Price p = new Price(s.originEgress().currency(), BigDecimal.valueOf(perGb), "GB");
        return new PriceSheet(s.name() + " (origin " + perGb + "/GB)", s.label(), s.note(), s.currency(), s.egress(),
                s.requests(), p, s.midTier(), s.storage(), s.push(), s.pipelineOps(), s.logs());
    }
}
