package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caching policy every cache follows unless its tier ({@link #tiers}, keyed "edge" or "shield") or
 * its own node settings say otherwise. {@link #ttl}, when set, overrides the freshness the origin's
 * headers give (an edge TTL rule); {@link #ttlJitter} adds a uniform ± offset drawn per insertion.
 */
@JsonPropertyOrder({
    "ttl",
    "ttlJitter",
    "staleWhileRevalidate",
    "staleIfError",
    "coalescing",
    "cacheKey",
    "cdnTargets",
    "tiers"
})
public final class PolicySpec {
    public SimDuration ttl;
    public SimDuration ttlJitter = SimDuration.ZERO;
    /** Overrides the headers' stale-while-revalidate window when set. */
    public SimDuration staleWhileRevalidate;
    /** Overrides the headers' stale-if-error window when set. */
    public SimDuration staleIfError;
    /** Collapse concurrent misses for one key at one node into one upstream fetch. */
    public boolean coalescing = true;

    public CacheKeySpec cacheKey = new CacheKeySpec();
    /** Targeted Cache-Control header fields this CDN obeys, most specific first (RFC 9213). */
    public List<String> cdnTargets = new ArrayList<>(List.of("CDN-Cache-Control"));

    public Map<String, TierPolicySpec> tiers = new LinkedHashMap<>();
}
