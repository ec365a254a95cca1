package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.NodeId;
import dev.cdnx.model.topology.NodeIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a scenario: a discrete-event simulation that follows real objects through real caches.
 * Deterministic for a scenario and seed; the same seed gives every delivery model identical traffic.
 * Drive it to the end ({@link #run()}), or piece by piece for the live view ({@link #step()},
 * {@link #stepRequest()}, {@link #runUntil(double)}); reset by building a new one. Not thread-safe: one
 * thread drives a simulation. Reads no wall clock.
 */
public final class Simulation {

    private final World world;
    private final Tracer tracer;
    private final RequestFlow flow;
    private final List<UsersStream> streams = new ArrayList<>();
    private final ReplayFeed replay;
    private double now;
    private long events;

    public Simulation(Scenario scenario) {
        this(scenario, scenario.seed);
    }

    public Simulation(Scenario scenario, long seed) {
        world = new World(scenario, seed);
        tracer = new Tracer(world);
        flow = new RequestFlow(world, tracer);
        replay = null;
        startStreams();
        new Timeline(world, flow).schedule();
    }

    /**
     * A run whose user requests are {@code requests}, replayed at their times, instead of the users
     * nodes' random streams. The scenario's catalog must have at least the replay's objects and name
     * its classes; {@code dev.cdnx.model.traffic.LogReplay} prepares such a scenario from a log.
     */
    public Simulation(Scenario scenario, ReplayRequests requests) {
        world = new World(scenario, scenario.seed);
        tracer = new Tracer(world);
        flow = new RequestFlow(world, tracer);
        replay = new ReplayFeed(requests, world);
        replay.start(world);
        new Timeline(world, flow).schedule();
    }

    /** Edge counters summed by region: requests, hits, bytes requested, bytes hit (see {@link ReplayFeed}). */
    public java.util.Map<String, long[]> edgeTalliesByRegion() {
        return ReplayFeed.edgeTalliesByRegion(world);
    }

    private void startStreams() {
        for (UsersStream s : usersStreams(world)) {
            addStream(s);
        }
    }

    /**
     * The request streams of a world's users nodes, in the order a run starts them (each node's base
     * traffic, then its flash crowd or launch if it has one), each seeded from the run's seed.
     */
    static List<UsersStream> usersStreams(World world) {
        List<UsersStream> all = new ArrayList<>();
        for (SimNode n : world.nodes) {
            if (n.kind != NodeKind.USERS) {
                continue;
            }
            var spec = n.spec.usersOrDefault();
            long base = world.seed * 0x9E3779B97F4A7C15L + (long) n.index * 2;
            for (UsersStream s : new UsersStream[] {
                UsersStream.base(n.index, spec, world.catalog, base),
                UsersStream.extra(n.index, spec, world.catalog, base + 1)
            }) {
                if (s != null) {
                    s.tracking(world.trackingOn, world.trackingFraction, world.trackingVariants);
                    all.add(s);
                }
            }
        }
        return all;
    }

    private void addStream(UsersStream s) {
        int id = streams.size();
        streams.add(s);
        double t = s.start();
        if (t <= world.end) {
            Event e = Event.at(t, Event.ARRIVAL);
            e.stream = id;
            world.schedule(e);
        }
    }

    /**
     * Runs to the end of the simulated duration, lets the requests still in flight finish (no new ones
     * start), and returns the totals.
     */
    public RunResult run() {
        runUntil(world.end);
        drainInFlight();
        return result();
    }

    /** Completes fetches under way at the end so every byte that left the origin is accounted for. */
    private void drainInFlight() {
        Event e;
        while ((e = world.queue.pop()) != null) {
            if (e.type != Event.ARRIVAL && e.type != Event.TIMELINE) {
                dispatch(e);
                events++;
            }
        }
    }

    /** Processes events up to simulated time t (at most the duration); the clock then reads t. */
    public void runUntil(double t) {
        double limit = Math.min(t, world.end);
        while (world.queue.peekTime() <= limit) {
            step();
        }
        now = Math.max(now, limit);
    }

    /** Processes one event. Returns false when there is nothing left before the end. */
    public boolean step() {
        Event e = world.queue.peek();
        if (e == null || e.time > world.end) {
            return false;
        }
        now = e.time;
        events++;
        if (e.type == Event.ARRIVAL) {
            // Left at the top of the queue: the arrival moves itself to its stream's next request.
            arrival(e);
            return true;
        }
        world.queue.pop();
        // A traffic event is its fetch, which the flow frees once it is answered.
        dispatch(e);
        return true;
    }

    private void dispatch(Event e) {
        switch (e.type) {
            case Event.FETCH_ARRIVE -> flow.fetchArrives((Fetch) e);
            case Event.FETCH_DONE -> flow.fetchDone((Fetch) e);
            case Event.ORIGIN_DONE -> flow.originDone((Fetch) e);
            default -> e.action.run();
        }
    }

    /** Processes events until one more user request has been handled. Returns false at the end. */
    public boolean stepRequest() {
        long before = world.metrics.requests;
        while (world.metrics.requests == before) {
            if (!step()) {
                return false;
            }
        }
        return true;
    }

    /** A user request arrives; {@code e} is still the queue's earliest event and moves on to the next one. */
    private void arrival(Event e) {
        if (e.stream == ReplayFeed.STREAM) {
            replay.arrive(e, world, flow);
            return;
        }
        UsersStream s = streams.get(e.stream);
        double t = e.time;
        s.take();
        int object = s.object();
        int variant = s.variant();
        long entry = s.entry();
        double next = s.advance();
        if (next <= world.end) {
            e.time = next;
            world.queue.rescheduleTop(e);
        } else {
            world.queue.pop();
        }
        Steering st = world.steering[s.users];
        int edge = st != null ? st.edgeFor(t) : world.edgeOf[s.users];
        flow.userRequest(s.users, object, entry, world.keyOf(object, variant), t, edge);
    }

    /**
     * Takes a node down (or brings it back) now, as a live fault. The caller records it on the scenario's
     * timeline if the run should replay it.
     *
     * @throws IllegalArgumentException for an id that is not one of this run's {@link #nodes()}
     */
    public void setDown(NodeId node, boolean down) {
        new Timeline(world, flow).apply(node, down, now);
    }

    /**
     * Takes every node of a provider down (or brings them back) now, as a live fault.
     *
     * @throws IllegalArgumentException for a provider no node belongs to
     */
    public void setProviderDown(String provider, boolean down) {
        new Timeline(world, flow).applyToProvider(provider, down, now);
    }

    /** The run's nodes, numbered once: where a name picked by a person becomes a {@link NodeId}. */
    public NodeIndex nodes() {
        return world.ids;
    }

    /** Follow the next user request hop by hop; {@link #lastTrace()} has it when it ends. */
    public void followNextRequest() {
        tracer.followNext();
    }

    /**
     * Follow the next {@code n} user requests hop by hop (from the start of a run: its first n) and keep
     * their traces for {@link #followed()}. Runs nobody follows pay nothing for this.
     *
     * @throws IllegalArgumentException for a negative n
     */
    public void followFirst(int n) {
        tracer.followFirst(n);
    }

    /** The requests {@link #followFirst(int)} asked for, in the order they started; each complete once it ended. */
    public List<RequestTrace> followed() {
        return tracer.kept();
    }

    /** The last followed request that ended, or null. */
    public RequestTrace lastTrace() {
        return tracer.lastFinished();
    }

    /** Hears hops of every {@code sampleEvery}-th request; null stops. */
    public void setObserver(EngineObserver observer, int sampleEvery) {
        tracer.observe(observer, sampleEvery);
    }

    /**
     * Hears hops of at most {@code requestsPerSimulatedSecond} requests per simulated second, evenly
     * spread (the first request at or after each tick), whatever the traffic's rate.
     *
     * @throws IllegalArgumentException for a rate that is not positive
     */
    public void setObserverAtRate(EngineObserver observer, double requestsPerSimulatedSecond) {
        tracer.observeAtRate(observer, requestsPerSimulatedSecond, now);
    }

    /** Simulated time now, in seconds. */
    public double now() {
        return now;
    }

    public double duration() {
        return world.end;
    }

    public boolean finished() {
        Event e = world.queue.peek();
        return e == null || e.time > world.end;
    }

    /** Events processed so far. */
    public long events() {
        return events;
    }

    /** Totals so far (at the end of a run, the run's totals). */
    public RunResult result() {
        return ResultBuilder.build(world, now);
    }

    /** A cheap view of the state now for the live display. */
    public LiveSnapshot snapshot() {
        return LiveSnapshot.of(world, now);
    }
}
