package dev.cdnx.model.cost;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.VolumesSpec;
import dev.cdnx.model.units.DataSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cost curves on typed volumes: the pull bill as a function of byte hit ratio, the hybrid bill as a
 * function of head size K (with the cheapest K marked), and the push/pull break-even of a content class.
 * A scenario without a volumes block gives curves of zero egress (only fixed costs remain).
 */
public final class Crossover {

    private Crossover() {}

    /** One point of a curve; {@code minimum} marks the cheapest point of a head-size curve. */
    public record Point(double x, BigDecimal total, BigDecimal originEgress, boolean minimum) {}

    /** Pull cost at each byte hit ratio. */
    public static List<Point> byHitRatio(Scenario s, PriceSheet sheet, double[] ratios) {
        List<Point> out = new ArrayList<>();
        for (double h : ratios) {
            CostBreakdown b = CostModel.breakdown(TypedVolumes.of(s, DeliveryModel.PULL, h), sheet);
            out.add(new Point(h, b.total(), b.term("originEgress").amount(), false));
        }
        return out;
    }

    /**
     * Hybrid cost when the top K objects are pushed, for K = 0, 1, 10, 100, … up to the ranked catalog;
     * the head's bytes are K × the mean object size and its share of egress the Zipf share of the top K.
     */
    public static List<Point> hybridByHead(Scenario s, PriceSheet sheet, double h) {
        CatalogEstimate cat = new CatalogEstimate(s.workload);
        long n = cat.rankedObjects();
        List<Long> ks = new ArrayList<>();
        for (long k = 1; k < n; k *= 10) {
            ks.add(k);
            if (k * 3 < n) {
                ks.add(k * 3);
            }
        }
        ks.add(0, 0L);
        ks.add(n);
        List<Point> out = new ArrayList<>();
        int best = 0;
        for (long k : ks) {
            Scenario copy = ScenarioIO.copy(s);
            copy.volumes = copy.volumes == null ? new VolumesSpec() : copy.volumes;
            HeadSize head = HeadSize.topK(s, cat, k);
            copy.volumes.headBytes = DataSize.ofBytes(Math.round(head.bytes()));
            copy.volumes.headShare = head.requestShare();
            CostBreakdown b = CostModel.breakdown(TypedVolumes.of(copy, DeliveryModel.HYBRID, h), sheet);
            out.add(new Point(k, b.total(), b.term("originEgress").amount(), false));
            if (b.total().compareTo(out.get(best).total()) < 0) {
                best = out.size() - 1;
            }
        }
        Point m = out.get(best);
        out.set(best, new Point(m.x(), m.total(), m.originEgress(), true));
        return out;
    }

    /**
     * Where pushing one class starts to pay: the monthly egress of the class above which the origin fills
     * that push avoids, egress × (1 − h) × origin price, exceed the cost of pinning and pushing the class
     * at every location plus the pipeline. {@code breakEvenGb} is null when fills are free (h = 1 or a
     * zero origin price): push never pays on money alone.
     */
    public record BreakEven(
            String contentClass,
            BigDecimal classGb,
            int locations,
            BigDecimal placementCost,
            BigDecimal classEgressGb,
            BigDecimal breakEvenGb,
            boolean pushCheaper) {}

    public static BreakEven breakEven(Scenario s, PriceSheet sheet, ContentClassSpec c, double h) {
        CatalogEstimate cat = new CatalogEstimate(s.workload);
        BigDecimal gb = Money.gigabytes(Math.round(cat.bytes(c)));
        int n = TypedVolumes.targets(s, DeliveryModel.PUSH);
        BigDecimal publishes = BigDecimal.valueOf(TypedVolumes.publishes(s, c.changeEvery));
        BigDecimal perGb = CostModel.unitPrice(sheet.storage())
                .add(CostModel.unitPrice(sheet.push()).multiply(publishes));
        BigDecimal placement = gb.multiply(BigDecimal.valueOf(n))
                .multiply(perGb)
                .add(sheet.pipelineOps().amount());
        BigDecimal fillPerGb =
                BigDecimal.ONE.subtract(Money.decimal(h)).multiply(CostModel.unitPrice(sheet.originEgress()));
        BigDecimal egress = s.volumes == null || s.volumes.egressPerMonth == null
                ? BigDecimal.ZERO
                : Money.gigabytes(s.volumes.egressPerMonth.bytes()).multiply(Money.decimal(cat.requestShare(c)));
        BigDecimal even = fillPerGb.signum() == 0 ? null : placement.divide(fillPerGb, Money.MC);
        return new BreakEven(
                c.name, gb, n, Money.cents(placement), egress, even, even != null && egress.compareTo(even) > 0);
    }
}
