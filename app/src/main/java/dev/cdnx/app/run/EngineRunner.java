package dev.cdnx.app.run;

import dev.cdnx.model.engine.EngineObserver;
import dev.cdnx.model.engine.HopKind;
import dev.cdnx.model.engine.RequestTrace;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.NodeId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One run on its own daemon thread. The simulation is touched only by that thread; while playing it
 * advances in slices of at most a few milliseconds toward the paced target (the display time the FX thread
 * publishes, plus a look-ahead so that hops the engine reports late can still be drawn whole), then hands
 * the FX thread a {@link HopBatch} through a lock-free queue. Commands (step, fault, follow) are tasks on
 * the same thread, so they interleave with the slices and never race the engine.
 */
final class EngineRunner {

    private static final long SLICE_NANOS = 6_000_000L;
    private static final long SNAPSHOT_NANOS = 40_000_000L;
    private static final long RESULT_NANOS = 400_000_000L;
    private static final int RECENT_TRACES = 20_000;

    private final Simulation sim;
    private final ScheduledThreadPoolExecutor thread;
    private final ConcurrentLinkedQueue<HopBatch> outbox = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<HopBatch> pool = new ConcurrentLinkedQueue<>();

    // written by the FX thread
    volatile boolean playing;
    volatile double displayTime;
    volatile double speed = 1;
    volatile int liveDots;
    volatile int maxDots = 10_000;
    private volatile boolean closed;

    // engine thread only
    private HopBatch cur = new HopBatch();
    private final Observer observer = new Observer();
    private final Map<Long, TraceState> live = new HashMap<>();
    private final Map<Long, TraceState> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, TraceState> e) {
            return size() > RECENT_TRACES;
        }
    };
    private int sampleEvery = 1;
    private long followedId = -1;
    private boolean awaitFollow;
    private double chunk = 0.05;
    private double maxLeg = 0.25;
    private long lastSnapshot;
    private long lastResult;
    private long lastAdapt;

    EngineRunner(Scenario scenario, long seed, String threadName) {
        this(new Simulation(scenario, seed), threadName);
    }

    /** Runs {@code simulation} (a drawn, fitted or replayed run), which only this runner's thread touches from now on. */
    EngineRunner(Simulation simulation, String threadName) {
        sim = simulation;
        thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        thread.execute(() -> {
            sim.setObserver(observer, sampleEvery);
            publish(true);
        });
    }

    double duration() {
        return sim.duration();
    }

    /** Batches ready for the FX thread, oldest first; hand each back with {@link #recycle}. */
    HopBatch poll() {
        return outbox.poll();
    }

    void recycle(HopBatch b) {
        b.clear();
        pool.offer(b);
    }

    void play() {
        playing = true;
        submit(this::slice);
    }

    void pause() {
        playing = false;
        submit(() -> publish(true));
    }

    void stepEvent() {
        submit(() -> {
            sim.step();
            publish(true);
        });
    }

    void stepRequest() {
        submit(() -> {
            sim.stepRequest();
            publish(true);
        });
    }

    /**
     * Applies a live fault to a node or a provider, named as the user picked it, now; completes with the
     * simulated time it took effect.
     */
    CompletableFuture<Double> setDown(String target, boolean down) {
        CompletableFuture<Double> f = new CompletableFuture<>();
        submit(() -> {
            try {
                // On a whole millisecond, so the time written on the timeline ("18863ms") is the time it
                // took effect, and a replay of the file repeats the run exactly.
                sim.runUntil(Math.ceil(sim.now() * 1000) / 1000);
                var node = sim.nodes().find(target);
                if (node.isPresent()) {
                    sim.setDown(node.get(), down);
                } else {
                    sim.setProviderDown(target, down);
                }
                publish(true);
                f.complete(sim.now());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    void followNext() {
        submit(() -> {
            sim.followNextRequest();
            awaitFollow = true;
        });
    }

    /**
     * Runs ahead to simulated time {@code target} without drawing anything on the way, then carries on
     * from there (playing if it was). Completes with the time reached. The engine cannot go back: to seek
     * backwards, start a new runner (same seed, same traffic) and seek that.
     */
    CompletableFuture<Double> seek(double target) {
        CompletableFuture<Double> f = new CompletableFuture<>();
        submit(() -> {
            sim.setObserver(null, 1);
            live.clear();
            recent.clear();
            followedId = -1;
            // In steps of at most one simulated second, so closing the runner stops a long jump soon, and a
            // snapshot each time the charts' spacing has passed, so they have no gap where the run jumped.
            // Only at that spacing: the history keeps no more, and a snapshot a second of an hour-long jump
            // would be thousands of copies of every node's gauges for the UI to take in and throw away.
            double spacing = sim.duration() / MetricsHistory.CAPACITY;
            double step = Math.min(1, spacing);
            // Counted from where the jump starts, where the charts' last point is (the same test as theirs,
            // so none of these is dropped as too close to the one before).
            double lastPassed = sim.now();
            while (sim.now() < target && !closed) {
                sim.runUntil(Math.min(target, sim.now() + step));
                if (sim.now() < target && sim.now() - lastPassed >= spacing) {
                    cur.passed.add(sim.snapshot());
                    lastPassed = sim.now();
                }
            }
            sim.setObserver(observer, sampleEvery);
            cur.size = 0;
            cur.jumped = true;
            publish(true);
            // A playing run's slices are queued behind this task and carry on from the new time.
            f.complete(sim.now());
        });
        return f;
    }

    /** Follows a drawn request by its trace id (the dot the user clicked). */
    void follow(long traceId) {
        submit(() -> {
            followedId = traceId;
            TraceState s = live.get(traceId);
            if (s == null) {
                s = recent.get(traceId);
            }
            if (s != null) {
                cur.followed = TraceView.of(s.trace);
                publish(true);
            }
        });
    }

    /** Runs a task after everything submitted so far; used by tests to wait for the engine. */
    CompletableFuture<Void> barrier() {
        return CompletableFuture.runAsync(() -> {}, thread);
    }

    void close() {
        closed = true;
        playing = false;
        thread.shutdownNow();
    }

    private void submit(Runnable r) {
        if (!closed) {
            thread.execute(r);
        }
    }

    private void slice() {
        if (!playing || closed) {
            return;
        }
        long t0 = System.nanoTime();
        double end = sim.duration();
        boolean unpaced = Double.isInfinite(speed);
        double target = unpaced ? end : Math.min(end, displayTime + lookahead() + 0.05 * speed);
        long before = sim.events();
        while (sim.now() < target && System.nanoTime() - t0 < SLICE_NANOS) {
            double from = sim.now();
            long ev = sim.events();
            sim.runUntil(Math.min(target, from + chunk));
            long n = sim.events() - ev;
            double dt = sim.now() - from;
            if (n > 4000) {
                chunk = Math.max(1e-4, chunk / 2);
            } else if (n < 1000 && dt >= chunk * 0.99) {
                chunk = Math.min(5, chunk * 2);
            }
        }
        boolean done = sim.now() >= end;
        if (done) {
            playing = false;
        }
        publish(done || System.nanoTime() - lastSnapshot > SNAPSHOT_NANOS || (sim.events() - before > 0 && unpaced));
        if (playing) {
            if (sim.now() >= target) {
                var unused = thread.schedule(this::slice, 2, TimeUnit.MILLISECONDS);
            } else {
                thread.execute(this::slice);
            }
        }
    }

    /** How far ahead of the display the engine runs: the longest leg seen, so late-reported hops fit. */
    private double lookahead() {
        return Math.min(maxLeg, 2.0) + 0.01;
    }

    private void publish(boolean withSnapshot) {
        long now = System.nanoTime();
        if (!withSnapshot && cur.size == 0 && cur.followed == null) {
            return;
        }
        adaptSampling(now);
        if (withSnapshot) {
            cur.snapshot = sim.snapshot();
            lastSnapshot = now;
        }
        boolean done = sim.now() >= sim.duration();
        if (withSnapshot && (now - lastResult > RESULT_NANOS || !playing || done)) {
            cur.result = sim.result();
            lastResult = now;
        }
        cur.engineTime = sim.now();
        cur.events = sim.events();
        cur.sampleEvery = sampleEvery;
        cur.finished = done;
        outbox.offer(cur);
        HopBatch next = pool.poll();
        cur = next != null ? next : new HopBatch();
    }

    private void adaptSampling(long now) {
        if (now - lastAdapt < 150_000_000L) {
            return;
        }
        int dots = liveDots;
        int next = sampleEvery;
        if (dots > maxDots) {
            next = sampleEvery * 2;
        } else if (dots < maxDots / 4 && sampleEvery > 1) {
            next = sampleEvery / 2;
        }
        if (next != sampleEvery) {
            sampleEvery = next;
            sim.setObserver(observer, sampleEvery);
            lastAdapt = now;
        }
    }

    private static final class TraceState {
        final RequestTrace trace;
        byte cls = DotClass.REQUEST;
        int finalHop = -1;

        TraceState(RequestTrace t) {
            trace = t;
        }
    }

    /** Turns the engine's hops into drawable records; runs on the engine thread inside events. */
    private final class Observer implements EngineObserver {

        @Override
        public void hop(RequestTrace trace, NodeId from, NodeId to, double depart, double arrive, HopKind kind) {
            long id = trace.id();
            TraceState s = live.get(id);
            if (s == null) {
                s = recent.get(id);
                if (s == null) {
                    s = new TraceState(trace);
                    live.put(id, s);
                    if (awaitFollow) {
                        awaitFollow = false;
                        followedId = id;
                    }
                }
            }
            int f = from.index();
            int t = to.index();
            if (f >= 0) {
                record(s, id, f, t < 0 ? f : t, depart, arrive, kind);
            }
            if (id == followedId) {
                cur.followed = TraceView.of(trace);
            }
        }

        private void record(TraceState s, long id, int f, int t, double depart, double arrive, HopKind kind) {
            switch (kind) {
                case REQUEST -> move(id, f, t, depart, arrive, s.cls);
                case CACHE_HIT -> {
                    if (s.cls == DotClass.REQUEST) {
                        s.cls = DotClass.HIT;
                    }
                }
                case SERVED_STALE -> s.cls = DotClass.STALE;
                case STALE_IF_ERROR -> s.cls = DotClass.STALE_IF_ERROR;
                case COALESCED -> {
                    s.cls = DotClass.COALESCED;
                    cur.add(f, f, depart, depart, s.cls, HopBatch.PARK, id);
                }
                case QUEUED_AT_ORIGIN -> cur.add(f, f, depart, depart, s.cls, HopBatch.PARK, id);
                case FETCH, REVALIDATE -> {
                    boolean reval = kind == HopKind.REVALIDATE;
                    if (s.cls == DotClass.REQUEST) {
                        s.cls = reval ? DotClass.REVALIDATED : DotClass.MISS;
                    }
                    cur.add(f, f, depart, depart, reval ? DotClass.REVALIDATED : DotClass.MISS, HopBatch.FLASH, id);
                    move(id, f, t, depart, arrive, s.cls);
                }
                case NO_EDGE, ORIGIN_REFUSED -> cur.add(f, f, depart, depart, DotClass.ERROR, HopBatch.FLASH, id);
                case RESPONSE -> move(id, f, t, depart, arrive, s.cls);
                case ERROR_BACK -> move(id, f, t, depart, arrive, DotClass.ERROR);
                case TO_USER -> s.finalHop = move(id, f, t, depart, arrive, s.cls);
                default -> {
                    if (f != t) {
                        move(id, f, t, depart, arrive, s.cls);
                    }
                }
            }
        }

        private int move(long id, int f, int t, double depart, double arrive, byte cls) {
            maxLeg = Math.max(maxLeg, arrive - depart);
            return cur.add(f, t, depart, arrive, cls, HopBatch.MOVE, id);
        }

        @Override
        public void requestFinished(RequestTrace trace) {
            long id = trace.id();
            TraceState s = live.remove(id);
            if (s == null) {
                s = new TraceState(trace);
            }
            byte cls = DotClass.of(trace.outcome());
            s.cls = cls;
            if (s.finalHop >= 0 && s.finalHop < cur.size && cur.trace[s.finalHop] == id) {
                cur.cls[s.finalHop] = cls;
            }
            double end = trace.start() + trace.latencyMs() / 1000;
            int users = trace.users().index();
            if (users >= 0) {
                cur.add(users, users, end, end, cls, HopBatch.END, id);
            }
            recent.put(id, s);
            if (id == followedId) {
                cur.followed = TraceView.of(trace);
            }
        }
    }
}
