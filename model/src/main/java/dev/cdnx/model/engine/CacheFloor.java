package dev.cdnx.model.engine;

import dev.cdnx.model.cache.CachePolicies;
import dev.cdnx.model.cache.ObjectCache;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How fast the caches alone can take a scenario's requests: a lower bound on the time the engine needs,
 * measured by {@code cdnx bench engine}.
 *
 * <p>It draws exactly the requests a run of the scenario would draw (same users streams, same seed,
 * same catalog), in time order, and sends each one through the same caches (its edge, and on a miss
 * the edge's parent shield) with no events, no freshness, no metrics and no fetch bookkeeping: find with
 * touch; on a miss at a cache, insert there after asking the parent. Drawing the requests happens
 * before the clock starts. Each pass may run one of two ways:
 *
 * <ul>
 *   <li><b>overlapped</b>: requests back to back in a tight loop, so the processor overlaps the memory
 *       trips of consecutive requests, which an event engine cannot do;</li>
 *   <li><b>one at a time</b>: each request's key depends on the previous request's result (the
 *       dependency is always zero, but the compiler cannot know), so one request's trips to memory
 *       end before the next begins, as they do in an engine that handles one event after another.</li>
 * </ul>
 */
public final class CacheFloor {

    /** One timed pass over empty caches. */
    public record Pass(long requests, double edgeHitRatio, double shieldHitRatio, double seconds) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private final World world;
    private final int[] edgeOfRequest;
    private final long[] keyOfRequest;
    private final long[] sizeOfRequest;
    private final int count;

    /** Draws the scenario's requests (untimed); every {@link #pass} sends the same ones. */
    public CacheFloor(Scenario scenario) {
        world = new World(scenario, scenario.seed);
        List<UsersStream> streams = Simulation.usersStreams(world);
        PriorityQueue<double[]> due = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < streams.size(); i++) {
            double t = streams.get(i).start();
            if (t <= world.end) {
                due.add(new double[] {t, i});
            }
        }
        int capacity = 1 << 20;
        int[] edges = new int[capacity];
        long[] keys = new long[capacity];
        long[] sizes = new long[capacity];
        int n = 0;
        while (!due.isEmpty()) {
            double[] next = due.poll();
            UsersStream s = streams.get((int) next[1]);
            s.take();
            if (n == edges.length) {
                edges = Arrays.copyOf(edges, n * 2);
                keys = Arrays.copyOf(keys, n * 2);
                sizes = Arrays.copyOf(sizes, n * 2);
            }
            edges[n] = world.edgeOf[s.users];
            keys[n] = world.keyOf(s.object(), s.variant());
            sizes[n] = Catalog.sizeOf(s.entry());
            n++;
            double t = s.advance();
            if (t <= world.end) {
                next[0] = t;
                due.add(next);
            }
        }
        edgeOfRequest = edges;
        keyOfRequest = keys;
        sizeOfRequest = sizes;
        count = n;
    }

    /** How many requests the scenario's run draws. */
    public int requests() {
        return count;
    }

    /** One timed pass over fresh (empty) caches. */
    public Pass pass(boolean oneAtATime) {
        ObjectCache[] caches = new ObjectCache[world.nodes.length];
        int[] parent = new int[world.nodes.length];
        for (SimNode node : world.nodes) {
            if (node.cache != null) {
                caches[node.index] = CachePolicies.create(node.cache.policyName(), node.cache.capacityBytes());
            }
            parent[node.index] = node.parent;
        }
        long edgeHits = 0;
        long shieldRequests = 0;
        long shieldHits = 0;
        int dependency = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long key = keyOfRequest[i] + (oneAtATime ? dependency : 0);
            long size = sizeOfRequest[i];
            int e = edgeOfRequest[i];
            ObjectCache edge = caches[e];
            int slot = edge.find(key, true);
            if (slot >= 0) {
                edgeHits++;
                dependency = (slot + 1) >>> 31;
                continue;
            }
            int p = parent[e];
            ObjectCache shield = p >= 0 && world.nodes[p].kind == NodeKind.SHIELD ? caches[p] : null;
            int shieldSlot = 0;
            if (shield != null) {
                shieldRequests++;
                shieldSlot = shield.find(key, true);
                if (shieldSlot >= 0) {
                    shieldHits++;
                } else {
                    shieldSlot = shield.insert(key, size);
                }
            }
            slot = edge.insert(key, size);
            // Zero for every slot a cache returns (>= -1), but only known once both calls are done.
            dependency = (slot + shieldSlot + 2) >>> 31;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Pass(count, edgeHits / (double) count, shieldHits / (double) Math.max(1, shieldRequests), seconds);
    }
}
