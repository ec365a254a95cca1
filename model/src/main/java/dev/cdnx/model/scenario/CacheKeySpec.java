package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * How a request URL becomes a cache key. With {@link #dropTrackingParams}, the parameters listed in
 * {@link #ignoredParams} (prefixes ending in {@code *} allowed) are removed and the rest sorted.
 */
@JsonPropertyOrder({"dropTrackingParams", "ignoredParams"})
public final class CacheKeySpec {
    public boolean dropTrackingParams;
    public List<String> ignoredParams = new ArrayList<>(List.of("utm_*", "gclid", "fbclid"));
}
