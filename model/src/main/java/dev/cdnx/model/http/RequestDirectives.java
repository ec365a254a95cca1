package dev.cdnx.model.http;

/**
 * The request's own say in what a cache may serve (RFC 9111 5.2.1): {@code no-cache}, {@code no-store},
 * {@code max-age}, {@code max-stale}, {@code min-fresh}, {@code only-if-cached}. {@code Pragma: no-cache}
 * counts as {@code no-cache} only when the request has no {@code Cache-Control} field (RFC 9111 5.4).
 * An invalid number in {@code max-age} or {@code min-fresh} reads as 0, the strict choice; a
 * {@code max-stale} without a value accepts any staleness.
 */
public record RequestDirectives(
        boolean noCache,
        boolean noStore,
        long maxAgeMillis,
        long maxStaleMillis,
        long minFreshMillis,
        boolean onlyIfCached) {

    /** The directives of a request with {@code headers}. */
    public static RequestDirectives of(HttpHeaders headers) {
        CacheControl cc = CacheControl.parse(headers.all("Cache-Control"));
        boolean pragmaNoCache = !headers.has("Cache-Control")
                && headers.has("Pragma")
                && CacheControl.parse(headers.all("Pragma")).has("no-cache");
        long maxStale = -1;
        if (cc.has("max-stale")) {
            maxStale = cc.value("max-stale") == null ? Long.MAX_VALUE : cc.deltaSeconds("max-stale") * 1000;
        }
        return new RequestDirectives(
                cc.has("no-cache") || pragmaNoCache,
                cc.has("no-store"),
                millis(cc.deltaSeconds("max-age")),
                maxStale,
                millis(cc.deltaSeconds("min-fresh")),
                cc.has("only-if-cached"));
    }

    /** Whether a fresh response of this age and lifetime satisfies the request. */
    public boolean acceptsFresh(long ageMillis, long lifetimeMillis) {
        if (noCache) {
            return false;
        }
        if (maxAgeMillis >= 0 && ageMillis > maxAgeMillis) {
            return false;
        }
        return minFreshMillis < 0 || lifetimeMillis - ageMillis >= minFreshMillis;
    }

    /** Whether the request itself accepts a response stale by {@code stalenessMillis}. */
    public boolean acceptsStale(long stalenessMillis) {
        return maxStaleMillis >= 0 && stalenessMillis <= maxStaleMillis && !noCache;
    }

    private static long millis(long seconds) {
        return seconds < 0 ? -1 : seconds * 1000;
    }
}
