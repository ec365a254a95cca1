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

    /** Edges and shields: the store, and what the node knows of the copy in each slot. */
    ObjectCache cache;
    /**
     * Per slot, side by side so that one cache line answers "fresh? which version? how old?": fresh
     * until at 4s, born at 4s + 1, version at 4s + 2 (exact as a double); 4s + 3 is padding.
     */
    private double[] copies = new double[0];

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

    /** Grows the per-slot copy records to the cache's slot range. */
    void ensureSlots() {
        int limit = cache.slotLimit();
        if (4L * limit > copies.length) {
            int n = Math.max(limit, Math.max(16, copies.length / 4 * 2));
            copies = Arrays.copyOf(copies, 4 * n);
        }
    }

    /** Until when the copy in {@code slot} is fresh. */
    double freshUntil(int slot) {
        return copies[4 * slot];
    }

    /** When the content of the copy in {@code slot} was produced at the origin. */
    double bornAt(int slot) {
        return copies[4 * slot + 1];
    }

    /** The version of the copy in {@code slot}. */
    int version(int slot) {
        return (int) copies[4 * slot + 2];
    }

    /** Records a newly stored copy. */
    void setCopy(int slot, int version, double bornAt, double freshUntil) {
        copies[4 * slot] = freshUntil;
        copies[4 * slot + 1] = bornAt;
        copies[4 * slot + 2] = version;
    }

    /** Records that the copy in {@code slot} was confirmed (a 304): same version, new age and lifetime. */
    void refresh(int slot, double bornAt, double freshUntil) {
        copies[4 * slot] = freshUntil;
        copies[4 * slot + 1] = bornAt;
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
        /** Stale copies this node served because its parent failed (part of {@link #staleServed}). */
        long staleIfError;

        long revalidations;
        long evictions;
        long bytesFilled;
    }
}
