package dev.cdnx.model.cost;

import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a real provider's bill has beyond the eight meters: invalidation paths past the free ones, a
 * flat plan fee, metered add-ons, and a top-up to the monthly minimum. A line appears only when the sheet
 * charges it, so the illustrative sheets keep their eight lines. The minimum comes last because it tops
 * up everything above it: it is the minimum less the sum of the other lines, or nothing when they reach it.
 */
final class ProviderCharges {

    private ProviderCharges() {}

    static void add(List<CostTerm> terms, MonthlyVolumes v, PriceSheet sheet) {
        ProviderTerms p = sheet.provider();
        if (p.invalidations() != null) {
            terms.add(invalidations(v, p.invalidations()));
        }
        if (p.plan() != null) {
            terms.add(new CostTerm(
                    "plan",
                    "Plan fee",
                    p.plan().amount(),
                    "the plan's flat fee for the month",
                    List.of(CostModel.price("plan", p.plan()))));
        }
        if (!p.addOns().isEmpty()) {
            terms.add(addOns(v, p.addOns(), sheet.currency()));
        }
        if (p.monthlyMinimum() != null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (CostTerm t : terms) {
                sum = sum.add(t.amount());
            }
            BigDecimal min = p.monthlyMinimum().amount();
            terms.add(new CostTerm(
                    "minimum",
                    "Monthly minimum top-up",
                    min.subtract(sum).max(BigDecimal.ZERO),
                    "the monthly minimum less the lines above, or nothing when they reach it",
                    List.of(
                            CostModel.price("monthly minimum", p.monthlyMinimum()),
                            new CostInput("lines above", Money.format(sum, sheet.currency()), "", "this bill"))));
        }
    }

    private static CostTerm invalidations(MonthlyVolumes v, ProviderTerms.Invalidations inv) {
        BigDecimal paths = v.invalidations().value();
        BigDecimal free = BigDecimal.valueOf(inv.freePaths());
        BigDecimal billed = paths.subtract(free).max(BigDecimal.ZERO);
        return new CostTerm(
                "invalidations",
                "Invalidations",
                billed.multiply(CostModel.unitPrice(inv.price())),
                "(paths − the " + Money.number(free, 0) + " free a month) × the price per path",
                List.of(
                        CostModel.input("invalidation paths", v.invalidations()),
                        new CostInput("free paths", Money.number(free, 0), "a month", "price sheet"),
                        CostModel.price("path price", inv.price())));
    }

    private static CostTerm addOns(MonthlyVolumes v, List<ProviderTerms.AddOn> addOns, String currency) {
        BigDecimal total = BigDecimal.ZERO;
        List<CostInput> inputs = new ArrayList<>();
        inputs.add(new CostInput("served", Money.number(v.egressGb(), 3), "GB", "all regions"));
        for (ProviderTerms.AddOn a : addOns) {
            BigDecimal cost = amount(a.monthly());
            if (a.perGb() != null) {
                cost = cost.add(v.egressGb().multiply(CostModel.unitPrice(a.perGb())));
            }
            total = total.add(cost);
            inputs.add(new CostInput(
                    a.name(),
                    (a.monthly() == null ? "" : a.monthly() + " + ")
                            + (a.perGb() == null ? "" : a.perGb().toString()),
                    "",
                    "price sheet; subtotal " + Money.format(cost, currency)));
        }
        return new CostTerm(
                "addOns",
                "Metered add-ons",
                total,
                "each add-on's monthly fee + the GB served × its price per GB",
                inputs);
    }

    private static BigDecimal amount(Price p) {
        return p == null ? BigDecimal.ZERO : p.amount();
    }
}
