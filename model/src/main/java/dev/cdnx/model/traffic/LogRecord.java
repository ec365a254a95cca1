package dev.cdnx.model.traffic;

/**
 * One request read from a log, reused from line to line so reading allocates little. A parser fills
 * every field it knows and leaves the rest at the values {@link #clear()} sets: no time (NaN), no edge,
 * no country, unknown cache status, no content type.
 */
public final class LogRecord {

    /** The log said nothing about the cache (or the format has no such field). */
    public static final byte CACHE_UNKNOWN = 0;
    /** Served from the CDN's cache (hit, refresh hit, stale, revalidated…). */
    public static final byte CACHE_HIT = 1;
    /** Went to the origin (miss, expired, pass, bypass, dynamic…). */
    public static final byte CACHE_MISS = 2;

    /** Seconds since the Unix epoch, or since the trace's start for traces; NaN when the line has none. */
    public double time;
    /** A 64-bit hash of the cache key (host and path), or a trace's own object id. */
    public long key;
    /** Response bytes; at least 1 once accepted. */
    public long bytes;
    /** HTTP status, 0 when the format has none. */
    public int status;
    /** One of {@link #CACHE_UNKNOWN}, {@link #CACHE_HIT}, {@link #CACHE_MISS}. */
    public byte cache;
    /** The edge's three-letter IATA code in upper case, or null. */
    public String edge;
    /** The client's two-letter country code in upper case, or null. */
    public String country;
    /** The content class name ({@link ContentClasses}), never null once parsed. */
    public String contentClass;

    /** Resets every field to "not known". */
    public void clear() {
        time = Double.NaN;
        key = 0;
        bytes = 0;
        status = 0;
        cache = CACHE_UNKNOWN;
        edge = null;
        country = null;
        contentClass = null;
    }
}
