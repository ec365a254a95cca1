package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The person's side of the decision trees: goals the scenario cannot derive (the hit ratio they need)
 * and answers they chose to override, by question id.
 */
@JsonPropertyOrder({"hitRatioGoal", "overrides"})
public final class DecisionInputsSpec {
    /** The cache hit ratio the service needs, 0..1. */
    public Double hitRatioGoal;
    /** Question id → chosen answer id. */
    public Map<String, String> overrides = new LinkedHashMap<>();
}
