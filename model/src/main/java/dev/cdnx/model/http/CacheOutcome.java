package dev.cdnx.model.http;

/**
 * How a cache answered one request; the simulation colours request dots by it.
 */
public enum CacheOutcome {
    /** A fresh stored response was used; the upstream was not asked. */
    HIT,
    /** Nothing usable was stored; the upstream's full response was passed on (and perhaps stored). */
    MISS,
    /** A stored response was validated upstream and a 304 refreshed it. */
    REVALIDATED,
    /** A stale response was served because the request or RFC 5861 stale-while-revalidate allowed it. */
    STALE,
    /** A stale response was served because the upstream failed (stale-if-error or disconnection). */
    STALE_IF_ERROR,
    /** The request waited for another request's upstream fetch and was answered from its result. */
    COALESCED,
    /** The method is not cacheable; the request went upstream untouched (and may have invalidated). */
    PASS,
    /** The cache generated an error (upstream failed with nothing to serve, or only-if-cached). */
    ERROR
}
