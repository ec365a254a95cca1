package dev.cdnx.model.engine;

import dev.cdnx.model.cache.ObjectCache;
import dev.cdnx.model.scenario.CacheSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.PolicySpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.TierPolicySpec;
import dev.cdnx.model.topology.NodeIndex;
import dev.cdnx.model.topology.Router;
import dev.cdnx.model.topology.TopologyGraph;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The state of one run that the engine's parts share: nodes, catalog, push plan, origins, the event
 * queue, metrics, routes and RTTs. Built once from a scenario and a seed; {@link #reroute()} recomputes
 * routes after a node goes down or comes up.
 */
final class World {
    /** Time an edge spends answering from its cache, in seconds. */
    static final double EDGE_SERVICE = 0.001;

    final Scenario scenario;
    final long seed;
    final double end;
    final TopologyGraph topology;
    final Router router;
    final Anycast anycast;
    final SimNode[] nodes;
    /** The scenario's nodes numbered once; the only name-to-index map of a run. */
    final NodeIndex ids;

    final Catalog catalog;
    final PushPlan push;
    final OriginServer[] origins;
    final EventQueue queue = new EventQueue();
    final Recycler recycler = new Recycler();
    final Metrics metrics;
    final long keySpan;
    final boolean trackingOn;
    final boolean dropTracking;
    final double trackingFraction;
    final int trackingVariants;
    final SplittableRandom jitterRng;
    final int[] edgeOf;
    final Steering[] steering;
    private final double[] rttCache;
    private final int[] lastPeer;
    private final double[] lastRtt;

    World(Scenario s, long seed) {
        this.scenario = s;
        this.seed = seed;
        this.end = s.duration.seconds();
        topology = new TopologyGraph(s.topology);
        router = new Router(topology);
        anycast = new Anycast(topology, router, s.topology.anycastFailover);
        ids = new NodeIndex(s.topology);
        nodes = new SimNode[s.topology.nodes.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new SimNode(i, s.topology.nodes.get(i));
        }
        catalog = new Catalog(s.workload, s.policy.cdnTargets, seed);
        boolean hasShields = Arrays.stream(nodes).anyMatch(n -> n.kind == NodeKind.SHIELD);
        push = new PushPlan(s.delivery, catalog, hasShields);
        origins = new OriginServer[nodes.length];
        metrics = new Metrics(end, nodes.length, catalog.specs.length);
        var tracking = s.workload.tracking;
        trackingOn = tracking != null && tracking.enabled;
        trackingFraction = tracking == null ? 0 : tracking.fraction;
        trackingVariants = tracking == null ? 1 : Math.max(1, tracking.variants);
        dropTracking = s.policy.cacheKey != null && s.policy.cacheKey.dropTrackingParams;
        keySpan = trackingVariants + 1L;
        jitterRng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        rttCache = new double[nodes.length * nodes.length];
        Arrays.fill(rttCache, Double.NaN);
        lastPeer = new int[nodes.length];
        Arrays.fill(lastPeer, -1);
        lastRtt = new double[nodes.length];
        edgeOf = new int[nodes.length];
        steering = new Steering[nodes.length];
        for (SimNode n : nodes) {
            setUp(n);
        }
        reroute();
    }

    private void setUp(SimNode n) {
        if (n.kind == NodeKind.ORIGIN) {
            origins[n.index] = new OriginServer(n.spec.origin);
        } else if (n.kind.caches()) {
            n.pushTarget = push.active && (push.toShields ? n.kind == NodeKind.SHIELD : n.kind == NodeKind.EDGE);
            n.pinnedBytes = n.pushTarget ? push.setBytes : 0;
            resolvePolicy(n);
            n.cache = newCache(n);
        } else if (n.kind == NodeKind.USERS) {
            for (NodeSpec up : topology.upstreamOf(n.spec)) {
                if (up.kind == NodeKind.STEERING) {
                    steering[n.index] = new Steering(this, n.index, up, seed);
                    break;
                }
            }
        }
    }

    /** A new, empty store for a cache node; pinned pushed bytes take their share of the capacity. */
    ObjectCache newCache(SimNode n) {
        CacheSpec c = n.spec.cache == null ? new CacheSpec() : n.spec.cache;
        long capacity = Math.max(0, c.capacity.bytes() - n.pinnedBytes);
        n.inFlight.clear();
        return dev.cdnx.model.cache.CachePolicies.create(c.eviction, capacity);
    }

    private void resolvePolicy(SimNode n) {
        PolicySpec p = scenario.policy;
        TierPolicySpec tier = p.tiers == null ? null : p.tiers.get(n.kind.id());
        CacheSpec c = n.spec.cache;
        n.ttlOverride = first(c == null ? null : c.ttl, tier == null ? null : tier.ttl, p.ttl);
        double jitter = first(c == null ? null : c.ttlJitter, tier == null ? null : tier.ttlJitter, p.ttlJitter);
        n.ttlJitter = Double.isNaN(jitter) ? 0 : jitter;
        Boolean co = (c != null && c.coalescing != null)
                ? c.coalescing
                : (tier != null && tier.coalescing != null) ? tier.coalescing : p.coalescing;
        n.coalescing = co;
        n.swrOverride = p.staleWhileRevalidate == null ? Double.NaN : p.staleWhileRevalidate.seconds();
        n.sieOverride = p.staleIfError == null ? Double.NaN : p.staleIfError.seconds();
    }

    private static double first(dev.cdnx.model.units.SimDuration... values) {
        for (var v : values) {
            if (v != null) {
                return v.seconds();
            }
        }
        return Double.NaN;
    }

    /** Recomputes every cache's parent and every users node's edge from the router's health view. */
    void reroute() {
        for (SimNode n : nodes) {
            if (n.kind.caches()) {
                NodeSpec hop = router.nextHop(n.spec);
                n.parent = hop == null ? -1 : ids.indexOf(hop.name);
            } else if (n.kind == NodeKind.USERS) {
                NodeSpec e = anycast.edgeFor(n.spec);
                edgeOf[n.index] = e == null ? -1 : ids.indexOf(e.name);
            }
        }
        for (Steering s : steering) {
            if (s != null) {
                s.reroute();
            }
        }
    }

    /** Round-trip time between two nodes in seconds (typed link, or derived from distance, or 0). */
    double rtt(int a, int b) {
        // A node talks to one peer almost always (a users node to its edge, a cache to its parent): the last
        // answer per node sits in a small array that stays in L1, where the full table (nodes² entries,
        // over a megabyte for large-cdn) is a cache miss on nearly every request.
        if (lastPeer[a] == b) {
            return lastRtt[a];
        }
        double v = rttFromTable(a, b);
        lastPeer[a] = b;
        lastRtt[a] = v;
        return v;
    }

    private double rttFromTable(int a, int b) {
        int i = a * nodes.length + b;
        double v = rttCache[i];
        if (Double.isNaN(v)) {
            double ms = topology.rttBetweenMs(nodes[a].spec, nodes[b].spec);
            v = Double.isNaN(ms) ? 0 : ms / 1000.0;
            rttCache[i] = v;
            rttCache[b * nodes.length + a] = v;
        }
        return v;
    }

    void schedule(Event e) {
        queue.push(e);
    }

    /** Schedules an event due {@code delay} after now; its time must already be now + delay. */
    void scheduleAfter(Event e, double delay) {
        queue.pushAfter(e, delay);
    }

    long keyOf(int object, int variant) {
        return (long) object * keySpan + (dropTracking ? 0 : variant);
    }

    int objectOf(long key) {
        return (int) (key / keySpan);
    }
}
