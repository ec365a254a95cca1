package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * A link from a downstream node to an upstream one (users → edge → shield → origin). Its round-trip
 * time is typed ({@code "rtt": "40ms"}) or, when left out, derived from the distance of the two ends.
 */
@JsonPropertyOrder({"from", "to", "rtt"})
public final class LinkSpec {
    public String from;
    public String to;
    /** Null means "derive from distance". */
    public SimDuration rtt;

    public LinkSpec() {}

    public LinkSpec(String from, String to) {
        this.from = from;
        this.to = to;
    }

    public LinkSpec(String from, String to, SimDuration rtt) {
        this(from, to);
        this.rtt = rtt;
    }

    @Override
    public String toString() {
        return from + " → " + to;
    }
}
