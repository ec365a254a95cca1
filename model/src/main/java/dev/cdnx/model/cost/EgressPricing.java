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
 */
final class EgressPricing {

    private EgressPricing() {
    }

    static CostTerm term(MonthlyVolumes v, PriceSheet sheet) {
        BigDecimal total = BigDecimal.ZERO;
        List<CostInput> inputs = new ArrayList<>();
        for (Map.Entry<String, Quantity> e : v.egressByRegion().entrySet()) {
            String region = e.getKey();
            List<PriceSheet.Tier> tiers = sheet.egressTiers(region);
            BigDecimal cost = CostModel.tiered(e.getValue().value(), tiers);
            total = total.add(cost);
            inputs.add(CostModel.input("egress " + region, e.getValue()));
            inputs.add(new CostInput("price " + region, describe(tiers), "tiers (" + sheet.pricedAs(region) + ")",
                    "price sheet; subtotal " + Money.format(cost, sheet.currency())));
        }
        return new CostTerm("cdnEgress", "CDN egress", total,
                "for each region: the GB served there, priced tier by tier (graduated) at that region's prices",
                inputs);
    }

    static String describe(List<PriceSheet.Tier> tiers) {
        StringBuilder sb = new StringBuilder();
        BigDecimal floor = BigDecimal.ZERO;
        for (PriceSheet.Tier t : tiers) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(t.upToGb() == null ? "beyond " + Money.number(floor, 0) + " GB"
                    : "up to " + Money.number(t.upToGb(), 0) + " GB").append(' ').append(t.price());
            floor = t.upToGb() == null ? floor : t.upToGb();
        }
        return sb.toString();
    }
}
