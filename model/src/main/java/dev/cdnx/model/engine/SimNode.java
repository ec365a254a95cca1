package dev.cdnx.model.engine;

import dev.cdnx.model.cache.ObjectCache;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.Arrays;

/**
 * The run-time state of one node: for a cache, its object store with per-slot metadata (fresh until,
 * born at, version) and the fetches in flight by key; for every node, its counters.
 */
final class SimNode {
    final int index;
    final NodeSpec spec;
    final NodeKind kind;
    final String name;
    boolean down;

    /** Edges and shields: the store and its metadata by slot. */
    ObjectCache cache;
    double[] freshUntil = new double[0];
    double[] bornAt = new double[0];
    int[] version = new int[0];
    final InFlightMap inFlight = new InFlightMap();

    /** Settings resolved from node, tier and scenario policy. */
    double ttlOverride = Double.NaN;
    double ttlJitter;
    boolean coalescing = true;
    double swrOverride = Double.NaN;
    double sieOverride = Double.NaN;

    /** Edges: the parent a fetch goes to, recomputed when a node goes down or up. */
    int parent = -1;
    /** Push target: holds pinned copies of pushed objects. */
    boolean pushTarget;
    long pinnedBytes;

    final NodeCounters counters = new NodeCounters();

    SimNode(int index, NodeSpec spec) {
        this.index = index;
        this.spec = spec;
        this.kind = spec.kind;
        this.name = spec.name;
    }

    /** Grows the metadata arrays to the cache's slot range. */
    void ensureSlots() {
        int limit = cache.slotLimit();
        if (limit > freshUntil.length) {
            int n = Math.max(limit, Math.max(16, freshUntil.length * 2));
            freshUntil = Arrays.copyOf(freshUntil, n);
            bornAt = Arrays.copyOf(bornAt, n);
            version = Arrays.copyOf(version, n);
        }
    }

    /** Counters of one node over a run. */
    static final class NodeCounters {
        long requests;
        long hits;
        long bytesRequested;
        long bytesHit;
        long originFetches;
        long errors;
        long coalesced;
        long staleServed;
        long revalidations;
        long evictions;
        long bytesFilled;
    }
}
