package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;

/**
 * How one request moves: a user request at its edge, fetches between caches, the origin's answers, and
 * each answer going back down to everyone who waits for it. The caching decisions (fresh, stale, miss,
 * coalesce) are here; which node is whose parent is the {@link World}'s.
 */
final class RequestFlow {

    private final World w;
    private final Metrics m;
    private final Tracer tracer;

    RequestFlow(World world, Tracer tracer) {
        this.w = world;
        this.m = world.metrics;
        this.tracer = tracer;
    }

    /**
     * A user request from users node {@code u} for {@code key} (catalog entry {@code entry} of
     * {@code object}), handled at its edge at time t.
     */
    void userRequest(int u, int object, long entry, long key, double t, int edge) {
        long size = Catalog.sizeOf(entry);
        m.requests++;
        m.bytesRequested += size;
        int cls = Catalog.classOf(entry);
        m.requestsByClass[cls]++;
        m.bytesRequestedByClass[cls] += size;
        m.series.add(TimeSeries.REQUESTS, t, 1);
        m.series.add(TimeSeries.BYTES_REQUESTED, t, (double) size);
        RequestTrace trace = tracer.maybeStart(u, key, t, edge);
        if (edge < 0 || w.nodes[edge].down) {
            // No edge to go to (all down, or a dead provider's cached DNS answer): the request fails.
            tracer.hop(trace, t, t, u, edge, HopKind.NO_EDGE);
            finishUser(u, t, t, Outcome.ERROR, trace, edge);
            return;
        }
        SimNode n = w.nodes[edge];
        n.counters.requests++;
        n.counters.bytesRequested += size;
        if (trace != null) {
            tracer.hop(trace, trace.start(), t, u, edge, HopKind.REQUEST);
        }
        ClassPolicy cp = w.catalog.classes[Catalog.classOf(entry)];
        if (n.pushTarget && w.push.available(object, t)) {
            hit(n, u, size, t, Outcome.HIT, trace);
            return;
        }
        if (!cp.storable()) {
            Fetch f = newFetch(n, key, object, false, 0);
            f.addUser(u, t, size, trace);
            f.trace = trace;
            send(f, t);
            return;
        }
        int slot = n.cache.find(key, true);
        if (slot >= 0) {
            double fresh = n.freshUntil(slot);
            if (t < fresh) {
                hit(n, u, size, t, Outcome.HIT, trace);
                return;
            }
            if (t < fresh + swr(n, cp)) {
                hit(n, u, size, t, Outcome.STALE, trace);
                m.staleServed++;
                n.counters.staleServed++;
                m.series.add(TimeSeries.STALE, t, 1);
                revalidateInBackground(n, key, object, slot, t);
                return;
            }
        }
        Fetch f = n.coalescing ? n.inFlight.get(key) : null;
        if (f != null) {
            f.addUser(u, t, size, trace);
            m.coalesced++;
            n.counters.coalesced++;
            m.series.add(TimeSeries.COALESCED, t, 1);
            tracer.hop(trace, t, Double.NaN, n.index, n.index, HopKind.COALESCED);
            return;
        }
        f = startFetch(n, key, object, slot, cp, trace);
        f.addUser(u, t, size, trace);
        send(f, t);
    }

    private double swr(SimNode n, ClassPolicy cp) {
        return Double.isNaN(n.swrOverride) ? cp.staleWhileRevalidate() : n.swrOverride;
    }

    private double sie(SimNode n, ClassPolicy cp) {
        return Double.isNaN(n.sieOverride) ? cp.staleIfError() : n.sieOverride;
    }

    private void hit(SimNode n, int u, long size, double t, Outcome o, RequestTrace trace) {
        m.hits++;
        m.bytesHit += size;
        m.series.add(TimeSeries.HITS, t, 1);
        m.series.add(TimeSeries.BYTES_HIT, t, (double) size);
        n.counters.hits++;
        n.counters.bytesHit += size;
        tracer.instant(trace, t, n.index, o == Outcome.STALE ? HopKind.SERVED_STALE : HopKind.CACHE_HIT);
        finishUser(u, t, t, o, trace, n.index);
    }

    /**
     * The fetch for a miss (or a stale copy that must be revalidated) at node n, registered as in flight
     * so later misses for the key join it; the caller adds its waiter and sends it.
     */
    private Fetch startFetch(SimNode n, long key, int object, int slot, ClassPolicy cp, RequestTrace trace) {
        boolean conditional = slot >= 0 && cp.hasValidator();
        Fetch f = newFetch(n, key, object, conditional, conditional ? n.version(slot) : 0);
        f.trace = trace;
        if (n.coalescing) {
            n.inFlight.put(key, f);
        }
        return f;
    }

    private void revalidateInBackground(SimNode n, long key, int object, int slot, double t) {
        if (n.inFlight.containsKey(key)) {
            return;
        }
        ClassPolicy cp = w.catalog.policyOf(object);
        Fetch f = newFetch(n, key, object, cp.hasValidator(), n.version(slot));
        f.background = true;
        n.inFlight.put(key, f);
        send(f, t);
    }

    /** A fetch from node n for one key; the timeline's warm-up requests are made here too. */
    Fetch newFetch(SimNode n, long key, int object, boolean conditional, int held) {
        Fetch f = w.recycler.fetch();
        f.node = n.index;
        f.key = key;
        f.object = object;
        f.conditional = conditional;
        f.heldVersion = held;
        // Kept on the fetch: every hop reads them, and the catalog entry is cold by then.
        long packed = w.catalog.packed(object);
        f.packed = packed;
        f.size = Catalog.sizeOf(packed);
        f.cls = Catalog.classOf(packed);
        return f;
    }

    /** Sends a fetch to the node's parent; a node with no parent answers itself with an error. */
    void send(Fetch f, double t) {
        SimNode from = w.nodes[f.node];
        f.sentAt = t;
        int p = from.parent;
        if (p < 0) {
            f.parent = -1;
            answer(f, Fetch.ERROR, 0, 0, t, 0);
            return;
        }
        f.parent = p;
        double rtt = w.rtt(f.node, p);
        f.halfRtt = rtt / 2;
        double delay = f.halfRtt;
        if (w.nodes[p].kind == NodeKind.ORIGIN) {
            delay += w.origins[p].connectRoundTrips * rtt;
            from.counters.originFetches++;
        }
        if (f.conditional) {
            from.counters.revalidations++;
        }
        tracer.hop(f.trace, t, t + delay, f.node, p, f.conditional ? HopKind.REVALIDATE : HopKind.FETCH);
        schedule(f, Event.FETCH_ARRIVE, t + delay, delay);
    }

    /** Schedules the fetch itself as its next traffic event: it waits for one thing at a time. */
    private void schedule(Fetch f, int type, double time, double delay) {
        f.time = time;
        f.type = type;
        f.priority = Event.PRIORITY_TRAFFIC;
        w.scheduleAfter(f, delay);
    }

    /** A fetch reaches its parent. */
    void fetchArrives(Fetch f) {
        double t = f.time;
        SimNode p = w.nodes[f.parent];
        if (p.down) {
            answer(f, Fetch.ERROR, 0, 0, t, f.halfRtt);
            return;
        }
        if (p.kind == NodeKind.ORIGIN) {
            originReceives(p.index, f, t);
            return;
        }
        long size = f.size;
        p.counters.requests++;
        p.counters.bytesRequested += size;
        if (p.kind == NodeKind.SHIELD) {
            m.shieldRequests++;
            m.shieldBytesRequested += size;
        }
        ClassPolicy cp = w.catalog.classes[f.cls];
        if (p.pushTarget && w.push.available(f.object, t)) {
            cacheAnswers(p, f, w.push.versionAt(f.object, t), t, t, size);
            return;
        }
        if (!cp.storable()) {
            Fetch up = newFetch(p, f.key, f.object, false, 0);
            up.addChild(f);
            up.trace = f.trace;
            send(up, t);
            return;
        }
        int slot = p.cache.find(f.key, true);
        if (slot >= 0) {
            if (t < p.freshUntil(slot)) {
                cacheAnswers(p, f, p.version(slot), p.bornAt(slot), t, size);
                return;
            }
            if (t < p.freshUntil(slot) + swr(p, cp)) {
                p.counters.staleServed++;
                int v = p.version(slot);
                double born = p.bornAt(slot);
                revalidateInBackground(p, f.key, f.object, slot, t);
                cacheAnswers(p, f, v, born, t, size);
                return;
            }
        }
        Fetch up = p.coalescing ? p.inFlight.get(f.key) : null;
        if (up != null) {
            up.addChild(f);
            p.counters.coalesced++;
            tracer.hop(f.trace, t, Double.NaN, p.index, p.index, HopKind.COALESCED);
            return;
        }
        up = startFetch(p, f.key, f.object, slot, cp, f.trace);
        up.addChild(f);
        send(up, t);
    }

    private void cacheAnswers(SimNode p, Fetch f, int version, double bornAt, double t, long size) {
        p.counters.hits++;
        p.counters.bytesHit += size;
        if (p.kind == NodeKind.SHIELD) {
            m.shieldHits++;
            m.shieldBytesHit += size;
        }
        tracer.instant(f.trace, t, p.index, HopKind.CACHE_HIT);
        int status = f.conditional && f.heldVersion == version ? Fetch.NOT_MODIFIED : Fetch.OK;
        answer(f, status, version, bornAt, t, f.halfRtt);
    }

    private void originReceives(int o, Fetch f, double t) {
        m.originRequest(t);
        m.originRequestsByClass[f.cls]++;
        w.nodes[o].counters.requests++;
        if (f.conditional) {
            m.revalidations++;
            m.series.add(TimeSeries.REVALIDATIONS, t, 1);
        }
        OriginServer server = w.origins[o];
        int accepted = server.accept(f);
        if (accepted > 0) {
            f.serviceStart = t;
            schedule(f, Event.ORIGIN_DONE, t + server.holdTime, server.holdTime);
        } else if (accepted < 0) {
            tracer.instant(f.trace, t, o, HopKind.ORIGIN_REFUSED);
            answer(f, Fetch.ERROR, 0, 0, t, f.halfRtt);
        } else {
            tracer.hop(f.trace, t, Double.NaN, o, o, HopKind.QUEUED_AT_ORIGIN);
        }
    }

    /** The origin (the fetch's parent) finished a fetch: answer it and start the next queued one. */
    void originDone(Fetch f) {
        double t = f.time;
        int origin = f.parent;
        OriginServer server = w.origins[origin];
        Fetch next = server.release();
        if (next != null) {
            next.serviceStart = t;
            schedule(next, Event.ORIGIN_DONE, t + server.holdTime, server.holdTime);
        }
        int version = w.catalog.versionOf(f.packed, t);
        int status = f.conditional && f.heldVersion == version ? Fetch.NOT_MODIFIED : Fetch.OK;
        if (status == Fetch.OK) {
            long size = f.size;
            m.originBytes += size;
            m.originBytesByClass[f.cls] += size;
            m.series.add(TimeSeries.ORIGIN_BYTES, t, (double) size);
        }
        tracer.hop(
                f.trace,
                f.serviceStart,
                t,
                origin,
                origin,
                status == Fetch.OK ? HopKind.ORIGIN_SENDS : HopKind.ORIGIN_NOT_MODIFIED);
        answer(f, status, version, t, t, f.halfRtt);
    }

    /** Schedules the answer of a fetch to arrive back at its node after {@code delay}. */
    void answer(Fetch f, int status, int version, double bornAt, double t, double delay) {
        f.answeredAt = t;
        f.status = status;
        f.version = version;
        f.bornAt = bornAt;
        schedule(f, Event.FETCH_DONE, t + delay, delay);
    }

    /** The answer reaches the fetching node: store it, then answer everyone who waits. */
    void fetchDone(Fetch f) {
        double t = f.time;
        SimNode n = w.nodes[f.node];
        n.inFlight.remove(f.key, f);
        if (f.trace != null && f.parent >= 0) {
            tracer.hop(
                    f.trace,
                    f.answeredAt,
                    t,
                    f.parent,
                    f.node,
                    f.status == Fetch.ERROR ? HopKind.ERROR_BACK : HopKind.RESPONSE);
        }
        ClassPolicy cp = w.catalog.classes[f.cls];
        if (f.status == Fetch.NOT_MODIFIED && !n.down && n.cache.find(f.key, false) < 0) {
            refetchWithoutCondition(n, f, t);
            w.recycler.free(f);
            return;
        }
        Outcome outcome = Outcome.MISS;
        int version = f.version;
        double bornAt = f.bornAt;
        int status = f.status;
        // A parent that answered from a stale copy because its own upstream failed passes that on.
        boolean staleOnError = f.staleIfError;
        if (status == Fetch.OK) {
            store(n, f, cp);
        } else if (status == Fetch.NOT_MODIFIED) {
            outcome = Outcome.REVALIDATED;
            refresh(n, f, cp);
        } else {
            // RFC 5861: an unreachable, down or refusing parent is an error; a copy inside its
            // stale-if-error window answers instead.
            int slot = n.down || n.cache == null ? -1 : n.cache.find(f.key, false);
            if (slot >= 0 && t < n.freshUntil(slot) + sie(n, cp)) {
                staleOnError = true;
                status = Fetch.OK;
                version = n.version(slot);
                bornAt = n.bornAt(slot);
                n.counters.staleServed++;
                n.counters.staleIfError++;
                tracer.instant(f.trace, t, n.index, HopKind.STALE_IF_ERROR);
            } else {
                outcome = Outcome.ERROR;
            }
        }
        if (n.down) {
            outcome = Outcome.ERROR;
            status = Fetch.ERROR;
            staleOnError = false;
        } else if (staleOnError) {
            outcome = Outcome.STALE_IF_ERROR;
        }
        for (int i = 0; i < f.userCount; i++) {
            Outcome o = outcome == Outcome.MISS && i > 0 ? Outcome.COALESCED : outcome;
            finishUser(f.userNode[i], f.userStart[i], t, o, f.userTrace(i), n.index);
        }
        for (int i = 0; i < f.childCount; i++) {
            Fetch c = f.children[i];
            int s = status == Fetch.ERROR
                    ? Fetch.ERROR
                    : c.conditional && c.heldVersion == version ? Fetch.NOT_MODIFIED : Fetch.OK;
            answer(c, s, version, bornAt, t, c.halfRtt);
            c.staleIfError = staleOnError;
        }
        // Answered: nothing refers to this fetch any more (the in-flight entry went above).
        w.recycler.free(f);
    }

    /**
     * A 304 came back but the copy it confirms was evicted meanwhile: ask again, unconditionally, for
     * the same waiters.
     */
    private void refetchWithoutCondition(SimNode n, Fetch f, double t) {
        Fetch again = newFetch(n, f.key, f.object, false, 0);
        again.takeWaitersFrom(f);
        again.trace = f.trace;
        again.background = f.background;
        if (n.coalescing && !n.inFlight.containsKey(f.key)) {
            n.inFlight.put(f.key, again);
        }
        send(again, t);
    }

    private void store(SimNode n, Fetch f, ClassPolicy cp) {
        if (n.down || !cp.storable() || n.cache == null) {
            return;
        }
        long size = f.size;
        int slot = n.cache.find(f.key, false);
        if (slot < 0) {
            slot = n.cache.insert(f.key, size);
            if (slot < 0) {
                // Too large for this cache, or refused by its admission rule: passed on, not kept.
                if (w.nodes[f.parent].kind == NodeKind.ORIGIN) {
                    m.declinedFromOrigin += size;
                }
                return;
            }
            n.ensureSlots();
        }
        n.counters.bytesFilled += size;
        if (w.nodes[f.parent].kind == NodeKind.ORIGIN) {
            m.filledFromOrigin += size;
        }
        n.setCopy(slot, f.version, f.bornAt, freshUntil(n, cp, f.bornAt));
    }

    private void refresh(SimNode n, Fetch f, ClassPolicy cp) {
        if (n.down || n.cache == null) {
            return;
        }
        int slot = n.cache.find(f.key, false);
        if (slot < 0) {
            return;
        }
        n.refresh(slot, f.bornAt, freshUntil(n, cp, f.bornAt));
    }

    /** When a copy born at {@code bornAt} goes stale at this node: lifetime plus a ± jitter per insertion. */
    double freshUntil(SimNode n, ClassPolicy cp, double bornAt) {
        double lifetime = Double.isNaN(n.ttlOverride) ? cp.lifetime() : n.ttlOverride;
        if (n.ttlJitter > 0) {
            lifetime += (w.jitterRng.nextDouble() * 2 - 1) * n.ttlJitter;
        }
        return bornAt + Math.max(0, lifetime);
    }

    /** Counts a user request's end: latency, outcome, errors. */
    private void finishUser(int u, double start, double t, Outcome o, RequestTrace trace, int edge) {
        if (o == Outcome.ERROR) {
            m.errors++;
            m.series.add(TimeSeries.ERRORS, t, 1);
            if (edge >= 0) {
                w.nodes[edge].counters.errors++;
            }
        } else {
            if (o == Outcome.STALE_IF_ERROR) {
                m.staleServed++;
                m.staleIfError++;
                m.series.add(TimeSeries.STALE, t, 1);
                m.series.add(TimeSeries.STALE_IF_ERROR, t, 1);
            }
            double userRtt = edge >= 0 ? w.rtt(u, edge) : 0;
            double latency = t - start + userRtt + World.EDGE_SERVICE;
            m.latency(u, latency, t);
            if (trace != null) {
                tracer.finish(trace, t, o, u, edge);
            }
            return;
        }
        if (trace != null) {
            tracer.finish(trace, t, o, u, edge);
        }
    }
}
