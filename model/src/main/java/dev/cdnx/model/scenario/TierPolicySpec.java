package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/** Overrides of the scenario policy for one tier (edges or shields); unset fields inherit. */
@JsonPropertyOrder({"ttl", "ttlJitter", "coalescing"})
public final class TierPolicySpec {
    public SimDuration ttl;
    public SimDuration ttlJitter;
    public Boolean coalescing;
}
