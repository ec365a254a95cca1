package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * One entry of the fault timeline: at {@link #at}, {@link #target} (a node or provider name) goes
 * {@code "down"} or comes back {@code "up"}. {@link #action} is the word as written; code asks
 * {@link #kind()}.
 */
@JsonPropertyOrder({"at", "target", "action"})
public final class FaultSpec {
    public SimDuration at = SimDuration.ZERO;
    public String target;
    public String action = "down";

    public FaultSpec() {}

    public FaultSpec(SimDuration at, String target, String action) {
        this.at = at;
        this.target = target;
        this.action = action;
    }

    public FaultSpec(SimDuration at, String target, FaultAction action) {
        this(at, target, action.word());
    }

    /** The action the written word names, or null when it names none (a problem the validator reports). */
    @JsonIgnore
    public FaultAction kind() {
        return FaultAction.fromWord(action);
    }
}
