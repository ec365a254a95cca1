package dev.cdnx.model.engine;

import dev.cdnx.model.topology.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One request followed hop by hop for the slow-motion view: every step with its node, what happened and
 * when. Filled by the engine; read by observers after {@link #complete()} says it is done. The hops of a
 * complete trace tile its latency: the first starts at {@link #start()}, each starts where the one before
 * ended, and the last ends {@link #latencyMs()} later (hops that take no time have start = end).
 */
public final class RequestTrace {

    private final long id;
    private final NodeId users;
    private final long key;
    private final double start;
    private final List<Hop> hops = new ArrayList<>();
    private Outcome outcome;
    private double end = Double.NaN;

    RequestTrace(long id, NodeId users, long key, double start) {
        this.id = id;
        this.users = users;
        this.key = key;
        this.start = start;
    }

    /** Adds a hop; a waiting hop before it (its end still unknown) ends where this one starts. */
    void hop(double depart, double arrive, NodeId from, NodeId to, HopKind kind) {
        int last = hops.size() - 1;
        if (last >= 0 && Double.isNaN(hops.get(last).end())) {
            hops.set(last, hops.get(last).endingAt(depart));
        }
        hops.add(new Hop(depart, arrive, from, to, kind));
    }

    void finish(double time, Outcome o) {
        end = time;
        outcome = o;
    }

    public long id() {
        return id;
    }

    /** The users node the request came from. */
    public NodeId users() {
        return users;
    }

    public long key() {
        return key;
    }

    /** When the user sent the request, in simulated seconds. */
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
     * One step, from {@code start} to {@code end} (simulated seconds): a message from one node to another,
     * or something at one node ({@code from} = {@code to}; {@link NodeId#NONE} where there was nowhere to go) that takes that long. A wait (a queue, a fetch
     * already in flight) has end NaN until the step after it starts.
     */
    public record Hop(double start, double end, NodeId from, NodeId to, HopKind kind) {

        /** When the engine learns of the step: an answer's or the user request's arrival, else its start. */
        public double time() {
            return kind == HopKind.REQUEST || kind == HopKind.RESPONSE || kind == HopKind.ERROR_BACK ? end : start;
        }

        /** What happened, in the trace panel's words. */
        public String what() {
            return kind.text();
        }

        Hop endingAt(double t) {
            return new Hop(start, t, from, to, kind);
        }
    }
}
