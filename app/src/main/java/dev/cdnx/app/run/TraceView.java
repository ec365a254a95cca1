package dev.cdnx.app.run;

import dev.cdnx.model.engine.Outcome;
import dev.cdnx.model.engine.RequestTrace;
import dev.cdnx.model.topology.NodeId;
import java.util.List;

/**
 * An immutable copy of one followed request, taken on the engine thread: its hops with times, and its
 * outcome and latency once it has ended (null and NaN before).
 */
public record TraceView(
        long id, NodeId users, double start, List<RequestTrace.Hop> hops, Outcome outcome, double latencyMs) {

    static TraceView of(RequestTrace t) {
        return new TraceView(
                t.id(),
                t.users(),
                t.start(),
                List.copyOf(t.hops()),
                t.outcome(),
                t.complete() ? t.latencyMs() : Double.NaN);
    }

    public boolean complete() {
        return outcome != null;
    }
}
