package dev.cdnx.model.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing edges, the engine's FreshnessProfile and the cache-key rule. */
class HttpRulesTest {

    private static final List<String> CDN = List.of("CDN-Cache-Control");

    @Test
    void cacheControlEdges() {
        assertEquals(
                1, CacheControl.parse("extension=\"max-age=3600\", max-age=1").deltaSeconds("max-age"));
        assertEquals(0, CacheControl.parse("max-age='3600'").deltaSeconds("max-age"), "invalid = stale");
        assertEquals(0, CacheControl.parse("max-age=-1").deltaSeconds("max-age"));
        assertEquals(3600, CacheControl.parse("max-age=003600").deltaSeconds("max-age"));
        assertEquals(
                CacheControl.MAX_DELTA,
                CacheControl.parse("max-age=99999999999").deltaSeconds("max-age"));
        assertEquals(1800, CacheControl.parse("max-age=1800, max-age=1").deltaSeconds("max-age"), "first wins");
        assertEquals(-1, CacheControl.parse("public").deltaSeconds("max-age"));
        assertTrue(CacheControl.parse("No-StOrE").has("no-store"));
        assertTrue(CacheControl.parseTargeted(List.of("max-age=10000, &&&&&")).isEmpty());
        assertEquals(
                -1, CacheControl.parseTargeted(List.of("max-age=\"10\"")).get().deltaSeconds("max-age"));
    }

    @Test
    void datesAcceptTheThreeFormatsAndNothingElse() {
        long now = 1_750_000_000_000L;
        long expected = HttpDates.parse("Thu, 18 Aug 2050 02:01:18 GMT", now).getAsLong();
        assertEquals(
                expected,
                HttpDates.parse("Thursday, 18-Aug-50 02:01:18 GMT", now).getAsLong());
        assertEquals(
                expected, HttpDates.parse("THU, 18 AUG 2050 02:01:18 gmt", now).getAsLong());
        assertTrue(HttpDates.parse("Thu Aug 18 02:01:18 2050", now).isPresent());
        for (String bad : List.of(
                "0",
                "Thu, 18 Aug 2050 02:01:18 UTC",
                "Thu 18 Aug 2050 02:01:18 GMT",
                "Thu, 18  Aug  2050 02:01:18 GMT",
                "Thu, 18 Aug 2050 2:01:18 GMT",
                "Thu, 31 Feb 2050 02:01:18 GMT")) {
            assertTrue(HttpDates.parse(bad, now).isEmpty(), bad);
        }
        assertEquals("Sun, 15 Jun 2025 15:06:40 GMT", HttpDates.format(now));
    }

    @Test
    void freshnessProfileOfCommonContentClasses() {
        FreshnessProfile hashed =
                FreshnessProfile.of(Map.of("Cache-Control", "public, max-age=31536000, immutable"), CDN);
        assertTrue(hashed.storable());
        assertEquals(31_536_000, hashed.freshnessLifetimeSeconds());
        FreshnessProfile html = FreshnessProfile.of(
                Map.of(
                        "Cache-Control",
                        "max-age=60, s-maxage=300, " + "stale-while-revalidate=30, stale-if-error=86400",
                        "ETag",
                        "\"x\""),
                CDN);
        assertEquals(300, html.freshnessLifetimeSeconds());
        assertTrue(html.mustRevalidate(), "s-maxage forbids stale in a shared cache");
        assertFalse(html.canServeWhileRevalidating(310));
        assertTrue(html.canServeOnError(1000));
        assertTrue(html.hasValidator());
        FreshnessProfile personal = FreshnessProfile.of(Map.of("Cache-Control", "private, max-age=60"), CDN);
        assertFalse(personal.storable());
        assertFalse(personal.isFresh(0));
        Map<String, String> targeted = new LinkedHashMap<>();
        targeted.put("Cache-Control", "no-store");
        targeted.put("CDN-Cache-Control", "max-age=600");
        assertEquals(600, FreshnessProfile.of(targeted, CDN).freshnessLifetimeSeconds());
        assertFalse(FreshnessProfile.of(targeted, List.of()).storable(), "without targets, no-store rules");
        FreshnessProfile swr =
                FreshnessProfile.of(Map.of("Cache-Control", "max-age=10, stale-while-revalidate=20"), CDN);
        assertTrue(swr.canServeWhileRevalidating(25));
        assertFalse(swr.canServeWhileRevalidating(31));
        FreshnessProfile none = FreshnessProfile.of(Map.of(), CDN);
        assertTrue(none.storable(), "200 is cacheable by default");
        assertEquals(0, none.freshnessLifetimeSeconds());
    }

    @Test
    void cacheKeyRuleDropsTrackingParametersAndSorts() {
        CacheKeyRule rule = CacheKeyRule.trackingParameters();
        assertEquals("/p?a=1&b=2", rule.normalise("/p?utm_source=x&b=2&gclid=9&a=1&UTM_medium=y#top"));
        assertEquals("/p", rule.normalise("/p?fbclid=1"));
        assertEquals("/p", rule.normalise("/p?"));
        assertEquals("/P?b=1&a=2", CacheKeyRule.asSent().normalise("/P?b=1&a=2"));
        assertEquals("/p?a=x", new CacheKeyRule(List.of(), true, true).normalise("/P?A=X"));
    }

    @Test
    void validatorsCompareWeaklyForIfNoneMatch() {
        assertTrue(Validators.weakMatch("W/\"a\"", "\"a\""));
        assertFalse(Validators.strongMatch("W/\"a\"", "\"a\""));
        assertTrue(Validators.noneMatchHits("\"x\", W/\"a\"", "\"a\""));
        assertTrue(Validators.noneMatchHits("*", "\"a\""));
        HttpHeaders stored = HttpHeaders.of("Content-Length", "36", "Test-Header", "old", "Connection", "close");
        HttpHeaders updated =
                HeaderRules.updatedBy304(stored, HttpHeaders.of("Content-Length", "0", "Test-Header", "new"));
        assertEquals("36", updated.get("Content-Length"));
        assertEquals("new", updated.get("Test-Header"));
        assertFalse(HeaderRules.withoutHopByHop(HttpHeaders.of("Connection", "a", "a", "1", "b", "2"))
                .has("a"));
    }
}
