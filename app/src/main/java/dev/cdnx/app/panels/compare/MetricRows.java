package dev.cdnx.app.panels.compare;

import dev.cdnx.app.panels.Fmt;
import dev.cdnx.app.panels.compare.DiffRow.Verdict;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.units.DataSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Builds the comparison lines of two runs: every total of {@link RunResult} that a person compares
 * (hit ratios, origin load, latency percentiles, errors, …) and every term of the monthly bill, each as
 * value, baseline and difference with a verdict. Pure; no JavaFX.
 */
public final class MetricRows {

    /** Which direction is better for a metric. */
    private enum Better {
        HIGHER,
        LOWER,
        NEITHER
    }

    private record Metric(String name, ToDoubleFunction<RunResult> get, Better better, int kind) {}

    private static final int COUNT = 0;
    private static final int RATIO = 1;
    private static final int MS = 2;
    private static final int SIZE = 3;

    private static final List<Metric> METRICS = List.of(
            new Metric("Requests", r -> r.requests(), Better.NEITHER, COUNT),
            new Metric("Hit ratio", RunResult::hitRatio, Better.HIGHER, RATIO),
            new Metric("Byte hit ratio", RunResult::byteHitRatio, Better.HIGHER, RATIO),
            new Metric("Edge hit ratio", r -> r.edgeTier().hitRatio(), Better.HIGHER, RATIO),
            new Metric("Origin requests", r -> r.originRequests(), Better.LOWER, COUNT),
            new Metric("Origin bytes", r -> r.originBytes(), Better.LOWER, SIZE),
            new Metric("Peak origin req/s", r -> r.peakOriginRequestsPerSecond(), Better.LOWER, COUNT),
            new Metric("Revalidations", r -> r.revalidations(), Better.NEITHER, COUNT),
            new Metric("Coalesced", r -> r.coalesced(), Better.NEITHER, COUNT),
            new Metric("Stale served", r -> r.staleServed(), Better.NEITHER, COUNT),
            new Metric("Errors", r -> r.errors(), Better.LOWER, COUNT),
            new Metric("Latency P50 (ms)", r -> r.latencyMs().p50(), Better.LOWER, MS),
            new Metric("Latency P95 (ms)", r -> r.latencyMs().p95(), Better.LOWER, MS),
            new Metric("Latency P99 (ms)", r -> r.latencyMs().p99(), Better.LOWER, MS),
            new Metric("Push coverage", RunResult::pushCoverage, Better.HIGHER, RATIO));

    private MetricRows() {}

    /** The lines for {@code current} against {@code baseline}; a null baseline leaves those columns empty. */
    public static List<DiffRow> rows(RunSnapshot current, RunSnapshot baseline) {
        List<DiffRow> out = new ArrayList<>();
        for (Metric m : METRICS) {
            double v = m.get().applyAsDouble(current.run());
            double b = baseline == null ? Double.NaN : m.get().applyAsDouble(baseline.run());
            out.add(new DiffRow(
                    m.name(),
                    format(v, m.kind(), false),
                    baseline == null ? "" : format(b, m.kind(), false),
                    baseline == null ? "" : format(v - b, m.kind(), true),
                    verdict(v - b, m.better())));
        }
        if (current.bill() == null) {
            return out;
        }
        String cur = current.bill().currency();
        out.add(money(
                "Monthly cost: total",
                current.bill().total(),
                baseline == null || baseline.bill() == null
                        ? null
                        : baseline.bill().total(),
                cur));
        for (CostTerm t : current.bill().terms()) {
            CostTerm bt = baseline == null || baseline.bill() == null
                    ? null
                    : baseline.bill().term(t.id());
            out.add(money("Cost: " + t.label(), t.amount(), bt == null ? null : bt.amount(), cur));
        }
        return out;
    }

    private static DiffRow money(String name, BigDecimal v, BigDecimal b, String currency) {
        if (b == null) {
            return new DiffRow(name, Fmt.money(v, currency), "", "", Verdict.SAME);
        }
        BigDecimal d = v.subtract(b);
        String sign = d.signum() > 0 ? "+" : "";
        return new DiffRow(
                name,
                Fmt.money(v, currency),
                Fmt.money(b, currency),
                sign + Fmt.money(d, currency),
                verdict(d.doubleValue(), Better.LOWER));
    }

    private static Verdict verdict(double d, Better better) {
        if (Double.isNaN(d) || Math.abs(d) < 1e-12 || better == Better.NEITHER) {
            return Verdict.SAME;
        }
        boolean up = d > 0;
        return up == (better == Better.HIGHER) ? Verdict.BETTER : Verdict.WORSE;
    }

    private static String format(double v, int kind, boolean signed) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String sign = signed && v > 0 ? "+" : "";
        return switch (kind) {
            case RATIO -> sign + (signed ? Fmt.number(v * 100, 2) + " pp" : Fmt.percent(v));
            case MS -> sign + Fmt.number(v, 1);
            case SIZE -> sign + DataSize.ofBytes(Math.round(v)).toHumanString();
            default -> sign + Fmt.number(v, 0);
        };
    }
}
