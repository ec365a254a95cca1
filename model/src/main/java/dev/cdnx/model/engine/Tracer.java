package dev.cdnx.model.engine;

import dev.cdnx.model.topology.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks which requests to follow hop by hop (every Nth, at most a rate per simulated second, the next one
 * when asked, or the first N from now) and tells the observer. With no observer nothing is allocated, so a
 * headless run pays nothing for it. The choice depends only on the run, never on the wall clock, so it is
 * repeatable.
 *
 * <p>A followed request's hops tile its latency: the user's request leaves half a user round trip before
 * the engine handles it at the edge, each later hop starts where the one before it ended, and the last one
 * (the edge's answer travelling to the user, with the edge's {@link World#EDGE_SERVICE}) ends when the user
 * has the answer.
 */
final class Tracer {

    private final World world;
    private EngineObserver observer;
    private int every;
    private long counter;
    /** Requests still to follow whatever the sampling says: the next one, or the first N. */
    private int followCount;
    /** The first-N requests being followed, kept for {@link Simulation#followed()}; null when not asked. */
    private List<RequestTrace> kept;

    private RequestTrace last;
    /** Rate sampling: the gap between followed requests in simulated seconds (0: every Nth instead). */
    private double gap;

    private double nextAt;

    Tracer(World world) {
        this.world = world;
    }

    void observe(EngineObserver o, int sampleEvery) {
        observer = o;
        every = Math.max(1, sampleEvery);
        gap = 0;
    }

    /** Follows the first request at or after each multiple of 1/rate simulated seconds from now. */
    void observeAtRate(EngineObserver o, double perSimulatedSecond, double now) {
        if (!(perSimulatedSecond > 0)) {
            throw new IllegalArgumentException(
                    "a sampling rate must be > 0 requests per simulated second, got " + perSimulatedSecond);
        }
        observer = o;
        every = 1;
        gap = 1 / perSimulatedSecond;
        nextAt = now;
    }

    void followNext() {
        followCount = Math.max(followCount, 1);
    }

    /** Follows the next {@code n} user requests and keeps their traces. */
    void followFirst(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of requests to follow must be >= 0, got " + n);
        }
        followCount = n;
        kept = new ArrayList<>(Math.min(n, 1 << 16));
    }

    /** The traces {@link #followFirst(int)} kept, in the order the requests started. */
    List<RequestTrace> kept() {
        return kept == null ? List.of() : List.copyOf(kept);
    }

    RequestTrace lastFinished() {
        return last;
    }

    /**
     * A trace for the user request reaching {@code edge} (-1, or a down edge: nowhere to go) at time t, if
     * this request is followed; else null.
     */
    RequestTrace maybeStart(int users, long key, double t, int edge) {
        counter++;
        if (observer == null && followCount == 0) {
            return null;
        }
        boolean asked = followCount > 0;
        if (!asked && (gap > 0 ? t < nextAt : counter % every != 0)) {
            return null;
        }
        if (gap > 0 && t >= nextAt) {
            // The next tick after t: at most one followed request per tick, however sparse the traffic.
            nextAt += gap * (Math.floor((t - nextAt) / gap) + 1);
        }
        boolean reachesEdge = edge >= 0 && !world.nodes[edge].down;
        double sent = reachesEdge ? t - world.rtt(users, edge) / 2 : t;
        RequestTrace trace = new RequestTrace(counter, world.ids.id(users), key, sent);
        if (asked) {
            followCount--;
            if (kept != null) {
                kept.add(trace);
            }
        }
        return trace;
    }

    /**
     * A hop of a followed request from {@code depart} to {@code arrive} (simulated seconds). Answers going
     * back down and the user's request are told when they land. A waiting hop ({@link HopKind#waits()}) is
     * told when the wait starts, with {@code arrive} unknown (NaN): the trace ends it when the next hop
     * starts, and the observer hears it as an instant.
     */
    void hop(RequestTrace trace, double depart, double arrive, int from, int to, HopKind kind) {
        if (trace == null) {
            return;
        }
        NodeId a = world.ids.id(from);
        NodeId b = world.ids.id(to);
        trace.hop(depart, arrive, a, b, kind);
        if (observer != null) {
            observer.hop(trace, a, b, depart, kind.waits() ? depart : arrive, kind);
        }
    }

    /** A hop that happens at one node in an instant (a cache hit, a refusal). */
    void instant(RequestTrace trace, double t, int node, HopKind kind) {
        hop(trace, t, t, node, node, kind);
    }

    /**
     * The request ends: its edge has the answer (or the error) at {@code t}, answers in
     * {@link World#EDGE_SERVICE} and sends it to the user; a request that reached no edge, or whose edge died
     * under it, ends at t.
     */
    void finish(RequestTrace trace, double t, Outcome o, int users, int edge) {
        double end = t;
        if (edge >= 0 && !world.nodes[edge].down) {
            end = t + World.EDGE_SERVICE + world.rtt(users, edge) / 2;
            hop(trace, t, end, edge, users, HopKind.TO_USER);
        }
        trace.finish(end, o);
        last = trace;
        if (observer != null) {
            observer.requestFinished(trace);
        }
    }
}
