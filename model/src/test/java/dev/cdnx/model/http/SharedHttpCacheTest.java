package dev.cdnx.model.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared cache's behaviour beyond the public suite: purges, coalescing, stale serving, 304s. */
class SharedHttpCacheTest {

    private final CacheClock.Manual clock = new CacheClock.Manual(1_750_000_000_000L);
    private final List<HttpRequest> seen = new ArrayList<>();
    private HttpHeaders originHeaders;
    private boolean originDown;
    private SharedHttpCache cache;

    @BeforeEach
    void setUp() {
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=60");
        cache = new SharedHttpCache(CachePolicy.cdn(), clock, request -> {
            seen.add(request);
            if (originDown) {
                throw new Upstream.UpstreamFailure("down");
            }
            HttpHeaders h = originHeaders.copy().add("Date", HttpDates.format(clock.nowMillis()));
            if (request.headers().has("If-None-Match")) {
                return new HttpResponse(304, h, null);
            }
            return new HttpResponse(200, h, "body of " + request.url());
        });
    }

    @Test
    void secondRequestHitsAndCarriesAnAge() {
        assertEquals(CacheOutcome.MISS, cache.handle(HttpRequest.get("/a")).outcome());
        clock.advanceSeconds(5);
        CacheResult hit = cache.handle(HttpRequest.get("/a"));
        assertEquals(CacheOutcome.HIT, hit.outcome());
        assertEquals("5", hit.response().headers().get("Age"));
        assertEquals(1, seen.size());
    }

    @Test
    void purgeByKeyPrefixAndSurrogateKey() {
        originHeaders.add("Surrogate-Key", "product-1 catalog");
        cache.handle(HttpRequest.get("/img/1.png"));
        cache.handle(HttpRequest.get("/img/2.png"));
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=60");
        cache.handle(HttpRequest.get("/css/site.css"));
        assertEquals(3, cache.size());
        assertEquals(2, cache.purgeTag("catalog"));
        assertEquals(0, cache.purgeTag("catalog"), "purging again finds nothing");
        cache.handle(HttpRequest.get("/img/1.png"));
        assertEquals(1, cache.purgePrefix("/img/"));
        assertEquals(1, cache.purgeKey("/css/site.css"));
        assertEquals(0, cache.purgeKey("/never-stored"));
        assertEquals(0, cache.size());
    }

    @Test
    void staleWhileRevalidateServesStaleThenRefreshes() {
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=10, stale-while-revalidate=30", "ETag", "\"v1\"");
        cache.handle(HttpRequest.get("/a"));
        clock.advanceSeconds(20);
        CacheResult stale = cache.handle(HttpRequest.get("/a"));
        assertEquals(CacheOutcome.STALE, stale.outcome());
        assertEquals("20", stale.response().headers().get("Age"));
        assertEquals("\"v1\"", seen.get(1).headers().get("If-None-Match"), "background revalidation");
        assertEquals(CacheOutcome.HIT, cache.handle(HttpRequest.get("/a")).outcome(), "refreshed by the 304");
    }

    @Test
    void staleIfErrorCoversAnOriginOutageButMustRevalidateDoesNot() {
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=10, stale-if-error=600");
        cache.handle(HttpRequest.get("/a"));
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=10, must-revalidate");
        cache.handle(HttpRequest.get("/b"));
        clock.advanceSeconds(60);
        originDown = true;
        assertEquals(
                CacheOutcome.STALE_IF_ERROR, cache.handle(HttpRequest.get("/a")).outcome());
        CacheResult b = cache.handle(HttpRequest.get("/b"));
        assertEquals(CacheOutcome.ERROR, b.outcome());
        assertEquals(502, b.response().status());
    }

    @Test
    void unsafeMethodInvalidatesOnSuccess() {
        cache.handle(HttpRequest.get("/a"));
        cache.handle(new HttpRequest("POST", "/a", new HttpHeaders(), "x"));
        assertEquals(0, cache.size());
    }

    @Test
    void coalescingSendsOneFetchForConcurrentMisses() {
        CoalescingCache coalescing = new CoalescingCache(cache);
        List<CoalescingCache.Pending> pending = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pending.add(coalescing.submit(HttpRequest.get("/viral")));
        }
        assertEquals(200, coalescing.waiting());
        assertFalse(pending.get(0).isDone());
        assertEquals(1, coalescing.complete());
        assertEquals(1, seen.size());
        assertEquals(199, coalescing.coalescedCount());
        assertTrue(pending.stream().allMatch(CoalescingCache.Pending::isDone));
        assertEquals(CacheOutcome.MISS, pending.get(0).result().outcome());
        assertEquals(CacheOutcome.COALESCED, pending.get(199).result().outcome());
        assertEquals(
                CacheOutcome.HIT,
                coalescing.submit(HttpRequest.get("/viral")).result().outcome());
    }

    @Test
    void coalescedFollowersOfAnUnshareableResponseGoUpstreamThemselves() {
        originHeaders = HttpHeaders.of("Cache-Control", "private");
        CoalescingCache coalescing = new CoalescingCache(cache);
        coalescing.submit(HttpRequest.get("/me"));
        coalescing.submit(HttpRequest.get("/me"));
        assertEquals(2, coalescing.complete());
        assertEquals(0, coalescing.coalescedCount());
    }

    @Test
    void ageHeaderPassesThroughOnAMissAndVaryStarNeverMatches() {
        originHeaders = HttpHeaders.of("Cache-Control", "max-age=60", "Vary", "*");
        cache.handle(HttpRequest.get("/v"));
        assertEquals(CacheOutcome.MISS, cache.handle(HttpRequest.get("/v")).outcome());
        assertNull(cache.handle(HttpRequest.get("/v")).response().headers().get("Age"));
    }
}
