package dev.cdnx.model.cost;

import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly cost of one delivery model, term by term, with the volumes and the sheet that produced it.
 * The total is the sum of the terms' rounded amounts, so the lines on screen always add up.
 */
public record CostBreakdown(
        DeliveryModel model, MonthlyVolumes volumes, String sheetName, String currency, List<CostTerm> terms) {

    public CostBreakdown {
        terms = List.copyOf(terms);
    }

    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostTerm t : terms) {
            sum = sum.add(t.amount());
        }
        return Money.cents(sum);
    }

    /** The term with this id, or null. */
    public CostTerm term(String id) {
        for (CostTerm t : terms) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
