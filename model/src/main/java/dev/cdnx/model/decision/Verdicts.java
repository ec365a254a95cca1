package dev.cdnx.model.decision;

import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.CostTerm;
import dev.cdnx.model.cost.MeasuredVolumes;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.cost.TypedVolumes;
import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Builds the {@link Verdict} from the trees' walks and one run per delivery model (same seed). The bill
 * witness that the reason sentence argues with is the typed one when the scenario has typed volumes (they
 * are the month the author declared), else the measured one. A model missing from {@code runs} is run
 * here.
 */
public final class Verdicts {

    private Verdicts() {}

    /** Runs the scenario once under each delivery model (same seed) on the shared pool, one core each. */
    public static Map<DeliveryModel, RunResult> runAll(Scenario s) {
        return runAll(s, RunPool.shared());
    }

    /**
     * Runs the scenario once under each delivery model (same seed) on {@code pool}. Each run stays on one
     * thread, so the results are those of three runs one after another, in enum order.
     */
    public static Map<DeliveryModel, RunResult> runAll(Scenario s, Executor pool) {
        DeliveryModel[] models = DeliveryModel.values();
        List<Function<BooleanSupplier, RunResult>> runs = new ArrayList<>();
        for (DeliveryModel m : models) {
            Scenario copy = MeasuredVolumes.under(s, m);
            runs.add(stop -> new Simulation(copy).run());
        }
        List<RunResult> results = RunPool.runAll(pool, runs, n -> {}, () -> false);
        Map<DeliveryModel, RunResult> out = new EnumMap<>(DeliveryModel.class);
        for (int i = 0; i < models.length; i++) {
            out.put(models[i], results.get(i));
        }
        return out;
    }

    public static Verdict build(
            Scenario s, PriceSheet sheet, List<DecisionResult> walks, Map<DeliveryModel, RunResult> runs) {
        TreeVerdict tree = TreeVerdict.of(walks);
        Map<DeliveryModel, CostBreakdown> typed = new EnumMap<>(DeliveryModel.class);
        Map<DeliveryModel, CostBreakdown> measured = new EnumMap<>(DeliveryModel.class);
        List<ModelRun> modelRuns = new ArrayList<>();
        double h = TypedVolumes.hitRatios(s)[0];
        for (DeliveryModel m : DeliveryModel.values()) {
            RunResult r = runs.containsKey(m) ? runs.get(m) : MeasuredVolumes.run(s, m);
            measured.put(m, CostModel.breakdown(MeasuredVolumes.of(s, r), sheet));
            modelRuns.add(ModelRun.of(m, r));
            if (s.volumes != null) {
                typed.put(m, CostModel.breakdown(TypedVolumes.of(s, m, h), sheet));
            }
        }
        DeliveryModel cheapTyped = typed.isEmpty() ? null : cheapest(typed, tree.model());
        DeliveryModel cheapMeasured = cheapest(measured, tree.model());
        ModelRun best = modelRuns.stream()
                .filter(r -> r.model() == tree.model())
                .findFirst()
                .orElseThrow();
        for (ModelRun r : modelRuns) {
            best = r.betterThan(best) ? r : best;
        }
        boolean typedBill = !typed.isEmpty();
        Map<DeliveryModel, CostBreakdown> bill = typedBill ? typed : measured;
        DeliveryModel cheap = typedBill ? cheapTyped : cheapMeasured;
        ReasonInputs in = new ReasonInputs(
                tree, bill, typedBill ? "typed" : "measured", cheap, modelRuns, best, sheet.currency());
        boolean agree = !tree.bypass() && cheap == tree.model() && best.model() == tree.model();
        return new Verdict(
                tree,
                totals(typed),
                totals(measured),
                cheapTyped,
                cheapMeasured,
                modelRuns,
                best.model(),
                sheet.currency(),
                agree,
                agree ? agreed(in) : disagreed(in));
    }

    private record ReasonInputs(
            TreeVerdict tree,
            Map<DeliveryModel, CostBreakdown> bill,
            String volumes,
            DeliveryModel cheapest,
            List<ModelRun> runs,
            ModelRun best,
            String currency) {

        ModelRun run(DeliveryModel m) {
            return runs.stream().filter(r -> r.model() == m).findFirst().orElseThrow();
        }
    }

    private static String agreed(ReasonInputs in) {
        DeliveryModel m = in.tree().model();
        return "All three witnesses agree on " + m.label() + ": the trees lead to it, its bill is the lowest ("
                + Money.format(in.bill().get(m).total(), in.currency()) + " a month on the " + in.volumes()
                + " volumes) and its run did best (" + in.run(m).errors() + " errors, p95 "
                + ms(in.run(m).p95Ms()) + ").";
    }

    private static String disagreed(ReasonInputs in) {
        DeliveryModel t = in.tree().model();
        List<String> out = new ArrayList<>();
        if (in.tree().bypass()) {
            ModelRun r = in.run(t);
            out.add(
                    "The trees keep the personalised path off the cache: under " + t.label() + " the run answered "
                            + pct(r.hitRatio()) + " of requests from cache, so every model's bill (the lowest is "
                            + in.cheapest().label() + " at "
                            + Money.format(in.bill().get(in.cheapest()).total(), in.currency())
                            + ") pays request fees and an extra hop for traffic it cannot keep; only the static shell belongs behind the CDN.");
            return String.join(" ", out);
        }
        if (in.cheapest() != t) {
            out.add(costSentence(in, t, in.cheapest()));
        }
        if (in.best().model() != t) {
            out.add(runSentence(in.run(t), in.best(), in));
        }
        return String.join(" ", out);
    }

    private static String costSentence(ReasonInputs in, DeliveryModel t, DeliveryModel c) {
        CostBreakdown tb = in.bill().get(t);
        CostBreakdown cb = in.bill().get(c);
        CostTerm worst = null;
        BigDecimal worstGap = BigDecimal.ZERO;
        for (CostTerm term : tb.terms()) {
            CostTerm other = cb.term(term.id());
            BigDecimal gap = term.amount().subtract(other == null ? BigDecimal.ZERO : other.amount());
            if (gap.compareTo(worstGap) > 0) {
                worst = term;
                worstGap = gap;
            }
        }
        String gap = Money.format(tb.total().subtract(cb.total()), in.currency());
        String line = worst == null
                ? ""
                : "; most of the gap is " + worst.label().toLowerCase(Locale.ROOT) + " ("
                        + Money.format(worstGap, in.currency()) + " more under " + t.label() + ")";
        String weigh = in.tree().spiky()
                ? "a push must know in advance which object will spike, and nobody knows "
                        + "that for real viral traffic"
                : "they chose " + in.tree().title() + " for how the content changes "
                        + "and how demand arrives, which a month's bill does not price";
        return "The bill finds " + c.label() + " cheaper than " + t.label() + " by " + gap + " a month on the "
                + in.volumes() + " volumes" + line + ". The trees weigh what the bill does not: " + weigh + ".";
    }

    private static String runSentence(ModelRun t, ModelRun best, ReasonInputs in) {
        String why;
        if (t.errors() != best.errors()) {
            why = best.errors() + " errors against " + t.errors() + " under "
                    + t.model().label();
        } else if (Math.abs(t.p95Ms() - best.p95Ms()) > ModelRun.P95_TIE_MS) {
            why = "a p95 of " + ms(best.p95Ms()) + " against " + ms(t.p95Ms()) + " under "
                    + t.model().label();
        } else {
            why = "an origin peak of " + best.originPeakPerSecond() + " requests/s against " + t.originPeakPerSecond()
                    + " under " + t.model().label();
        }
        String how =
                best.model() == DeliveryModel.PULL ? "" : ": copies placed ahead of demand answer the first requests";
        BigDecimal extra = in.bill()
                .get(best.model())
                .total()
                .subtract(in.bill().get(t.model()).total());
        String price = extra.signum() > 0 ? ", for " + Money.format(extra, in.currency()) + " a month more" : "";
        String spike = !in.tree().spiky() || best.model() == DeliveryModel.PULL
                ? ""
                : in.cheapest() != t.model()
                        ? "; the same caveat holds: the run was told which object would spike"
                        : "; but that run knew in advance which object would spike, which nobody knows for real viral traffic";
        return "The runs favour " + best.model().label() + " (" + why + ")" + how + price + spike + ".";
    }

    /** The model with the lowest total; on a tie the trees' model, then the first in enum order. */
    private static DeliveryModel cheapest(Map<DeliveryModel, CostBreakdown> bills, DeliveryModel preferred) {
        DeliveryModel best = preferred;
        for (Map.Entry<DeliveryModel, CostBreakdown> e : bills.entrySet()) {
            if (best == null || e.getValue().total().compareTo(bills.get(best).total()) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static Map<DeliveryModel, BigDecimal> totals(Map<DeliveryModel, CostBreakdown> bills) {
        Map<DeliveryModel, BigDecimal> out = new EnumMap<>(DeliveryModel.class);
        bills.forEach((m, b) -> out.put(m, b.total()));
        return out;
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "no finished request" : String.format(Locale.ROOT, "%.1f ms", v);
    }

    static String pct(double v) {
        return PullPushRules.pct(v);
    }
}
