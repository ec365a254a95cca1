package dev.cdnx.lab;

import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.CacheKeyRule;
import dev.cdnx.model.http.CacheOutcome;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.CacheResult;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.SharedHttpCache;
import dev.cdnx.model.http.Upstream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The model's {@link SharedHttpCache} made safe for a server's many threads, with request coalescing and
 * a byte capacity. One lock guards the cache; it is let go while a request is upstream (the wrapped
 * {@link Upstream} unlocks around the fetch), so a slow parent never holds up hits. With coalescing on, a
 * GET that finds no fresh copy while another request for the same key is upstream waits for it and is
 * then answered from storage ({@link CacheOutcome#COALESCED}), or goes upstream itself when the leader's
 * response could not be shared. Stored bodies are counted against the capacity and the least recently
 * used keys are purged when it is exceeded.
 */
final class GuardedCache {

    private final ReentrantLock lock = new ReentrantLock();
    private final SharedHttpCache cache;
    private final boolean coalescing;
    private final long capacityBytes;
    private final long waitMillis;
    private final Map<String, Condition> inFlight = new HashMap<>();
    private final LinkedHashMap<String, Long> bytesByKey = new LinkedHashMap<>(16, 0.75f, true);
    private long storedBytes;
    private int waiting;

    /** One answer and whether a copy of it is kept now. */
    record Answer(CacheResult result, boolean stored) {}

    GuardedCache(
            CachePolicy policy,
            CacheClock clock,
            Upstream parent,
            CacheKeyRule keyRule,
            boolean coalescing,
            long capacityBytes,
            long waitMillis) {
        Upstream unlocked = request -> {
            lock.unlock();
            try {
                return parent.fetch(request);
            } finally {
                lock.lock();
            }
        };
        this.cache = new SharedHttpCache(policy, clock, unlocked, r -> keyRule.normalise(r.url()));
        this.coalescing = coalescing;
        this.capacityBytes = capacityBytes;
        this.waitMillis = waitMillis;
    }

    Answer handle(HttpRequest request) throws InterruptedException {
        lock.lock();
        try {
            if (!coalescing || !request.method().equals("GET") || cache.hasFresh(request)) {
                return account(request, cache.handle(request));
            }
            String key = cache.keyOf(request);
            Condition leader = inFlight.get(key);
            if (leader != null) {
                long left = TimeUnit.MILLISECONDS.toNanos(waitMillis);
                waiting++;
                try {
                    while (inFlight.get(key) == leader && left > 0) {
                        left = leader.awaitNanos(left);
                    }
                } finally {
                    waiting--;
                }
                if (cache.hasFresh(request)) {
                    CacheResult hit = cache.handle(request);
                    return account(request, new CacheResult(hit.response(), CacheOutcome.COALESCED, 0));
                }
                return account(request, cache.handle(request));
            }
            Condition mine = lock.newCondition();
            inFlight.put(key, mine);
            try {
                return account(request, cache.handle(request));
            } finally {
                inFlight.remove(key);
                mine.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Requests waiting on another request's fetch right now. */
    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Stored bytes now, counting each key's latest body. */
    long storedBytes() {
        lock.lock();
        try {
            return storedBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Number of stored responses. */
    int size() {
        lock.lock();
        try {
            return cache.size();
        } finally {
            lock.unlock();
        }
    }

    private Answer account(HttpRequest request, CacheResult result) {
        String key = cache.keyOf(request);
        boolean stored = cache.holds(request);
        if (result.outcome() == CacheOutcome.MISS || result.outcome() == CacheOutcome.REVALIDATED) {
            Long old = bytesByKey.remove(key);
            storedBytes -= old == null ? 0 : old;
            if (stored) {
                long bytes = result.response().body() == null
                        ? 0
                        : result.response().body().length();
                bytesByKey.put(key, bytes);
                storedBytes += bytes;
            }
            evictOverCapacity(key);
        } else {
            bytesByKey.get(key); // an access-ordered map: reading marks the key as recently used
        }
        return new Answer(result, stored);
    }

    private void evictOverCapacity(String keep) {
        var it = bytesByKey.entrySet().iterator();
        while (storedBytes > capacityBytes && it.hasNext()) {
            Map.Entry<String, Long> oldest = it.next();
            if (oldest.getKey().equals(keep) && bytesByKey.size() == 1) {
                break;
            }
            cache.purgeKey(oldest.getKey());
            storedBytes -= oldest.getValue();
            it.remove();
        }
    }
}
