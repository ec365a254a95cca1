package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DNS steering in front of several CDN providers: each client resolves to a provider by weight and
 * keeps the answer for {@link #dnsTtl}; a provider that is down gets no new answers, but clients keep
 * going to it until their answer expires.
 */
@JsonPropertyOrder({"dnsTtl", "weights"})
public final class SteeringSpec {
    public SimDuration dnsTtl = SimDuration.ofSeconds(60);
    /** Provider name → weight. Weights need not sum to 1. */
    public Map<String, Double> weights = new LinkedHashMap<>();
}
