package dev.cdnx.model.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request coalescing (collapsed forwarding) in front of a {@link SharedHttpCache}, modelled without
 * threads: {@link #submit} either answers at once (a fresh hit, or any request that is not a GET), or
 * parks the request. The first parked request for a key leads and later ones join it. {@link #complete}
 * makes one upstream exchange per key for its leader; each follower is then answered from the
 * cache when the leader's response was stored and matches it (outcome {@link CacheOutcome#COALESCED}),
 * and otherwise goes upstream itself, as RFC 9111 requires for responses that cannot be shared
 * ({@code private}, {@code no-store}, a different Vary variant). Not thread-safe.
 */
public final class CoalescingCache {

    /** A request waiting for (or answered by) the cache; {@link #result} is null until answered. */
    public static final class Pending {
        private final HttpRequest request;
        private CacheResult result;

        Pending(HttpRequest request) {
            this.request = request;
        }

        public HttpRequest request() {
            return request;
        }

        public boolean isDone() {
            return result != null;
        }

        public CacheResult result() {
            return result;
        }
    }

    private final SharedHttpCache cache;
    private final Map<String, List<Pending>> inFlight = new LinkedHashMap<>();
    private long coalesced;

    public CoalescingCache(SharedHttpCache cache) {
        this.cache = cache;
    }

    /** Answers now when no upstream fetch is needed; otherwise starts or joins the fetch for the key. */
    public Pending submit(HttpRequest request) {
        Pending p = new Pending(request);
        if (!request.method().equals("GET") || cache.hasFresh(request)) {
            p.result = cache.handle(request);
            return p;
        }
        inFlight.computeIfAbsent(cache.keyOf(request), k -> new ArrayList<>()).add(p);
        return p;
    }

    /** Number of requests waiting on fetches in flight, leaders included. */
    public int waiting() {
        return inFlight.values().stream().mapToInt(List::size).sum();
    }

    /** Runs every fetch in flight and answers all waiting requests; returns upstream fetches made. */
    public int complete() {
        int fetches = 0;
        Map<String, List<Pending>> batch = new LinkedHashMap<>(inFlight);
        inFlight.clear();
        for (List<Pending> group : batch.values()) {
            Pending leader = group.get(0);
            leader.result = cache.handle(leader.request);
            fetches += leader.result.upstreamFetches();
            for (Pending follower : group.subList(1, group.size())) {
                if (cache.hasFresh(follower.request)) {
                    CacheResult r = cache.handle(follower.request);
                    follower.result = new CacheResult(r.response(), CacheOutcome.COALESCED, 0);
                    coalesced++;
                } else {
                    follower.result = cache.handle(follower.request);
                    fetches += follower.result.upstreamFetches();
                }
            }
        }
        return fetches;
    }

    /** Requests answered from another request's fetch so far. */
    public long coalescedCount() {
        return coalesced;
    }
}
