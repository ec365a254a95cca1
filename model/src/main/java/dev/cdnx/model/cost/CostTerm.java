package dev.cdnx.model.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a monthly bill: an id ({@code cdnEgress}, {@code originEgress}, …), a label, the amount
 * rounded to the cent, the formula in words and every input with its value and unit, so "explain this
 * number" needs nothing else. A term that does not apply to a model (storage under pull) is present with
 * amount zero and a formula that says why, so every model has the same lines.
 */
public record CostTerm(String id, String label, BigDecimal amount, String formula, List<CostInput> inputs) {

    public CostTerm {
        amount = Money.cents(amount);
        inputs = List.copyOf(inputs);
    }
}
