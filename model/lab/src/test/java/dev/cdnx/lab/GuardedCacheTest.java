package dev.cdnx.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.http.CacheKeyRule;
import dev.cdnx.model.http.CacheOutcome;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Coalescing across threads and the byte capacity of the lab's thread-safe cache. */
class GuardedCacheTest {

    private final AtomicLong clock = new AtomicLong(LabFixtures.START);

    @Test
    void concurrentMissesForOneKeyMakeOneUpstreamFetchAndTheRestAreCoalesced() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        Upstream slow = request -> {
            fetches.incrementAndGet();
            try {
                assertTrue(release.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new Upstream.UpstreamFailure("interrupted");
            }
            return ok("x".repeat(10));
        };
        GuardedCache cache =
                new GuardedCache(CachePolicy.cdn(), clock::get, slow, CacheKeyRule.asSent(), true, 1_000_000, 10_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<GuardedCache.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.handle(HttpRequest.get("/a"))));
            }
            // Let the leader go once all eight are inside: the leader upstream, seven waiting on it
            // (without coalescing all eight would be upstream instead).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cache.waiting() + fetches.get() < 8 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            release.countDown();
            int coalesced = 0;
            for (Future<GuardedCache.Answer> f : answers) {
                GuardedCache.Answer a = f.get(10, TimeUnit.SECONDS);
                assertEquals(200, a.result().response().status());
                coalesced += a.result().outcome() == CacheOutcome.COALESCED
                                || a.result().outcome() == CacheOutcome.HIT
                        ? 1
                        : 0;
            }
            assertEquals(1, fetches.get());
            assertEquals(7, coalesced);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void storedBytesStayWithinTheCapacityByPurgingTheLeastRecentlyUsed() throws Exception {
        Upstream origin = request -> ok("y".repeat(60));
        GuardedCache cache =
                new GuardedCache(CachePolicy.cdn(), clock::get, origin, CacheKeyRule.asSent(), false, 150, 10_000);
        cache.handle(HttpRequest.get("/1"));
        cache.handle(HttpRequest.get("/2"));
        assertEquals(
                CacheOutcome.HIT, cache.handle(HttpRequest.get("/1")).result().outcome());
        cache.handle(HttpRequest.get("/3"));
        assertEquals(120, cache.storedBytes());
        assertEquals(2, cache.size());
        assertEquals(
                CacheOutcome.HIT, cache.handle(HttpRequest.get("/1")).result().outcome());
        assertEquals(
                CacheOutcome.MISS, cache.handle(HttpRequest.get("/2")).result().outcome(), "/2 was evicted");
    }

    private static HttpResponse ok(String body) {
        return new HttpResponse(
                200, HttpHeaders.of("Cache-Control", "max-age=60", "Date", "Sun, 15 Jun 2025 15:06:40 GMT"), body);
    }
}
