package dev.cdnx.model.cost;

import dev.cdnx.model.cost.MonthlyVolumes.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CDN egress term: each region's served GB priced by that region's graduated tiers (a region the
 * sheet lacks uses the default tiers). The inputs list each region's GB and the tiers it was priced by,
 * with the region's subtotal, so the app can show why Asia-Pacific costs more per byte.
 *
 * <p>A sheet with a monthly free allowance takes it off before the tiers, shared over the regions in
 * proportion to their GB (the sources say the allowance is monthly, not where it applies first). GB that
 * fall where the sheet's source stops giving figures (an unpriced region, or beyond its last known tier)
 * are billed at nothing and listed as an input with the reason.
 */
final class EgressPricing {

    private EgressPricing() {}

    static CostTerm term(MonthlyVolumes v, PriceSheet sheet) {
        BigDecimal total = BigDecimal.ZERO;
        List<CostInput> inputs = new ArrayList<>();
        BigDecimal served = v.egressGb();
        BigDecimal free = sheet.provider().freeEgressGb().min(served);
        if (free.signum() > 0) {
            inputs.add(new CostInput(
                    "free allowance",
                    Money.number(free, 3),
                    "GB a month",
                    "price sheet; shared over the regions by their GB"));
        }
        for (Map.Entry<String, Quantity> e : v.egressByRegion().entrySet()) {
            String region = e.getKey();
            List<PriceSheet.Tier> tiers = sheet.egressTiers(region);
            BigDecimal gb = e.getValue().value();
            BigDecimal billable = free.signum() > 0 && served.signum() > 0
                    ? gb.subtract(free.multiply(gb).divide(served, Money.MC))
                    : gb;
            BigDecimal cost = CostModel.tiered(billable, tiers);
            total = total.add(cost);
            inputs.add(CostModel.input("egress " + region, e.getValue()));
            inputs.add(new CostInput(
                    "price " + region,
                    describe(tiers),
                    "tiers (" + sheet.pricedAs(region) + ")",
                    "price sheet; subtotal " + Money.format(cost, sheet.currency())));
            String why = sheet.provider().whyUnpriced("egress." + sheet.pricedAs(region));
            BigDecimal unpriced = why == null ? BigDecimal.ZERO : unpricedGb(billable, tiers);
            if (unpriced.signum() > 0) {
                inputs.add(new CostInput("unpriced " + region, Money.number(unpriced, 3), "GB", why));
            }
        }
        return new CostTerm(
                "cdnEgress",
                "CDN egress",
                total,
                "for each region: the GB served there, priced tier by tier (graduated) at that region's prices"
                        + (free.signum() > 0 ? ", after the free allowance" : ""),
                inputs);
    }

    /** The GB that land in tiers priced at zero (where the source stops giving figures). */
    static BigDecimal unpricedGb(BigDecimal gb, List<PriceSheet.Tier> tiers) {
        BigDecimal left = gb;
        BigDecimal floor = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        for (PriceSheet.Tier t : tiers) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room =
                    t.upToGb() == null ? left : t.upToGb().subtract(floor).min(left);
            if (t.price().amount().signum() == 0) {
                out = out.add(room);
            }
            left = left.subtract(room);
            floor = t.upToGb() == null ? floor : t.upToGb();
        }
        return out;
    }

    static String describe(List<PriceSheet.Tier> tiers) {
        StringBuilder sb = new StringBuilder();
        BigDecimal floor = BigDecimal.ZERO;
        for (PriceSheet.Tier t : tiers) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(
                            t.upToGb() == null
                                    ? "beyond " + Money.number(floor, 0) + " GB"
                                    : "up to " + Money.number(t.upToGb(), 0) + " GB")
                    .append(' ')
                    .append(t.price());
            floor = t.upToGb() == null ? floor : t.upToGb();
        }
        return sb.toString();
    }
}
