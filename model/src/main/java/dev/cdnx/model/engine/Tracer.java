package dev.cdnx.model.engine;

/**
 * Picks which requests to follow hop by hop (every Nth, or the next one when asked) and tells the
 * observer. With no observer nothing is allocated, so a headless run pays nothing for it.
 */
final class Tracer {

    private final World world;
    private EngineObserver observer;
    private int every;
    private long counter;
    private boolean followNext;
    private RequestTrace last;

    Tracer(World world) {
        this.world = world;
    }

    void observe(EngineObserver o, int sampleEvery) {
        observer = o;
        every = Math.max(1, sampleEvery);
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
        if (!followNext && counter % every != 0) {
            return null;
        }
        followNext = false;
        return new RequestTrace(counter, world.nodes[users].name, key, t);
    }

    void hop(RequestTrace trace, double t, int from, int to, String what) {
        if (trace == null) {
            return;
        }
        String a = from < 0 ? "?" : world.nodes[from].name;
        String b = to < 0 ? "?" : world.nodes[to].name;
        double arrive = from == to || from < 0 || to < 0 ? t : t + world.rtt(from, to) / 2;
        trace.hop(t, a, b, what);
        if (observer != null) {
            observer.hop(trace, a, b, t, arrive, what);
        }
    }

    void finish(RequestTrace trace, double t, Outcome o, int users, int edge) {
        if (edge >= 0 && o != Outcome.ERROR) {
            hop(trace, t - world.rtt(users, edge) / 2, edge, users, "response to the user");
        }
        trace.finish(t, o);
        last = trace;
        if (observer != null) {
            observer.requestFinished(trace);
        }
    }
}
