package dev.cdnx.model.http;

import java.util.List;
import java.util.Map;

/**
 * A content class's caching behaviour, parsed once so the simulation's hot path reads plain fields.
 * It describes a GET 200 response, in a shared cache, to a request without {@code Authorization},
 * as received with no transit delay ({@code Age} and {@code Date} shift freshness only through
 * {@code Expires - Date}).
 *
 * @param storable                     false for {@code no-store}, {@code private}, or no freshness at all
 *                                     and no heuristic basis; then every request is a miss
 * @param freshnessLifetimeSeconds     0 means stale at once (revalidate or refetch on every use)
 * @param staleWhileRevalidateSeconds  RFC 5861 window after expiry, 0 when absent
 * @param staleIfErrorSeconds          RFC 5861 window for upstream failures, 0 when absent
 * @param mustRevalidate               no stale serving without validation (also set by s-maxage)
 * @param noCache                      validate before every use, even when fresh
 * @param hasValidator                 an {@code ETag} or {@code Last-Modified} allows a 304
 * @param heuristic                    the lifetime is a heuristic guess from {@code Last-Modified}
 */
public record FreshnessProfile(
        boolean storable,
        double freshnessLifetimeSeconds,
        double staleWhileRevalidateSeconds,
        double staleIfErrorSeconds,
        boolean mustRevalidate,
        boolean noCache,
        boolean hasValidator,
        boolean heuristic) {

    private static final long REFERENCE_TIME = 1_750_000_000_000L;

    /**
     * The profile of responses with {@code responseHeaders} (names case-insensitive; dates are read
     * relative to their own {@code Date}) in a CDN obeying the targeted fields {@code cdnTargets}
     * (e.g. {@code ["CDN-Cache-Control"]}; empty for none). Never throws on malformed values: they
     * are read as the cache reads them (invalid max-age or Expires = stale).
     */
    public static FreshnessProfile of(Map<String, String> responseHeaders, List<String> cdnTargets) {
        HttpHeaders headers = HttpHeaders.of(responseHeaders);
        CachePolicy policy = CachePolicy.cdn().withTargets(cdnTargets);
        long responseTime = Freshness.date(headers, REFERENCE_TIME);
        boolean storable = CacheRules.isStorable(HttpRequest.get("/"), 200, headers, policy);
        Freshness f = Freshness.of(200, headers, responseTime, policy);
        long initialAge = CacheRules.initialAgeMillis(headers, responseTime, responseTime);
        double lifetime = Math.max(0, f.lifetimeMillis() - initialAge) / 1000.0;
        boolean validator = headers.has("ETag") || headers.has("Last-Modified");
        return new FreshnessProfile(
                storable,
                storable ? lifetime : 0,
                f.staleWhileRevalidateMillis() / 1000.0,
                f.staleIfErrorMillis() / 1000.0,
                f.mustRevalidate(),
                f.noCache(),
                validator,
                f.heuristic());
    }

    /** Whether a copy of this age (seconds since it left the origin) may be served without asking upstream. */
    public boolean isFresh(double ageSeconds) {
        return storable && !noCache && ageSeconds < freshnessLifetimeSeconds;
    }

    /** Whether a copy of this age may be served stale while a background refresh runs. */
    public boolean canServeWhileRevalidating(double ageSeconds) {
        return storable
                && !noCache
                && !mustRevalidate
                && staleWhileRevalidateSeconds > 0
                && ageSeconds >= freshnessLifetimeSeconds
                && ageSeconds - freshnessLifetimeSeconds <= staleWhileRevalidateSeconds;
    }

    /** Whether a copy of this age may be served when the upstream fails. */
    public boolean canServeOnError(double ageSeconds) {
        return storable
                && !noCache
                && staleIfErrorSeconds > 0
                && ageSeconds - freshnessLifetimeSeconds <= staleIfErrorSeconds;
    }
}
