package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * One entry of the fault timeline: at {@link #at}, {@link #target} (a node or provider name) goes
 * {@code "down"} or comes back {@code "up"}.
 */
@JsonPropertyOrder({"at", "target", "action"})
public final class FaultSpec {
    public SimDuration at = SimDuration.ZERO;
    public String target;
    public String action = "down";

    public FaultSpec() {
    }

    public FaultSpec(SimDuration at, String target, String action) {
        this.at = at;
        this.target = target;
        this.action = action;
    }
}
