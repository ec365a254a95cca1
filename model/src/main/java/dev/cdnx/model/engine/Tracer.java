package dev.cdnx.model.engine;

/**
 * Picks which requests to follow hop by hop (every Nth, at most a rate per simulated second, or the next
 * one when asked) and tells the observer. With no observer nothing is allocated, so a headless run pays
 * nothing for it. The choice depends only on the run, never on the wall clock, so it is repeatable.
 */
final class Tracer {

    private final World world;
    private EngineObserver observer;
    private int every;
    private long counter;
    private boolean followNext;
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
            throw new IllegalArgumentException("a sampling rate must be > 0 requests per simulated second, got "
                    + perSimulatedSecond);
        }
        observer = o;
        every = 1;
        gap = 1 / perSimulatedSecond;
        nextAt = now;
    }

    void followNext() {
        followNext = true;
    }

    RequestTrace lastFinished() {
        return last;
    }

    RequestTrace maybeStart(int users, long key, double t) {
        counter++;
        if (observer == null && !followNext) {
            return null;
        }
        if (!followNext && (gap > 0 ? t < nextAt : counter % every != 0)) {
            return null;
        }
        if (gap > 0 && t >= nextAt) {
            // The next tick after t: at most one followed request per tick, however sparse the traffic.
            nextAt += gap * (Math.floor((t - nextAt) / gap) + 1);
        }
        followNext = false;
        return new RequestTrace(counter, world.nodes[users].name, key, t);
    }

    /**
     * A hop of a followed request at simulated time t: its departure, or for an answer going back down
     * ({@link HopKind#reportedOnArrival()}) its arrival.
     */
    void hop(RequestTrace trace, double t, int from, int to, HopKind kind) {
        if (trace == null) {
            return;
        }
        String a = from < 0 ? "?" : world.nodes[from].name;
        String b = to < 0 ? "?" : world.nodes[to].name;
        double leg = from == to || from < 0 || to < 0 ? 0 : world.rtt(from, to) / 2;
        double depart = kind.reportedOnArrival() ? t - leg : t;
        trace.hop(t, a, b, kind);
        if (observer != null) {
            observer.hop(trace, a, b, depart, depart + leg, kind);
        }
    }

    void finish(RequestTrace trace, double t, Outcome o, int users, int edge) {
        if (edge >= 0 && o != Outcome.ERROR) {
            hop(trace, t - world.rtt(users, edge) / 2, edge, users, HopKind.TO_USER);
        }
        trace.finish(t, o);
        last = trace;
        if (observer != null) {
            observer.requestFinished(trace);
        }
    }
}
