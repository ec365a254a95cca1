package dev.cdnx.model.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One request followed hop by hop for the slow-motion view: every step with its node, what happened and
 * when. Filled by the engine; read by observers after {@link #complete()} says it is done.
 */
public final class RequestTrace {

    private final long id;
    private final String users;
    private final long key;
    private final double start;
    private final List<Hop> hops = new ArrayList<>();
    private Outcome outcome;
    private double end = Double.NaN;

    RequestTrace(long id, String users, long key, double start) {
        this.id = id;
        this.users = users;
        this.key = key;
        this.start = start;
    }

    void hop(double time, String from, String to, HopKind kind) {
        hops.add(new Hop(time, from, to, kind));
    }

    void finish(double time, Outcome o) {
        end = time;
        outcome = o;
    }

    public long id() {
        return id;
    }

    public String users() {
        return users;
    }

    public long key() {
        return key;
    }

    public double start() {
        return start;
    }

    public List<Hop> hops() {
        return Collections.unmodifiableList(hops);
    }

    /** The outcome, or null while the request is still in flight. */
    public Outcome outcome() {
        return outcome;
    }

    public boolean complete() {
        return outcome != null;
    }

    /** Latency in ms from the user's send to the last byte back; NaN while in flight. */
    public double latencyMs() {
        return (end - start) * 1000;
    }

    /**
     * One step: at {@code time} (simulated seconds; an answer's arrival, any other hop's departure), a
     * message from one node to another, and what it was.
     */
    public record Hop(double time, String from, String to, HopKind kind) {

        /** What happened, in the trace panel's words. */
        public String what() {
            return kind.text();
        }
    }
}
