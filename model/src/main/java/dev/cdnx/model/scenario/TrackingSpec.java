package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Tracking query parameters (utm_source and the like) appended by links in the wild: with
 * {@link #enabled}, a fraction {@link #fraction} of requests carry one of {@link #variants} different
 * parameter strings, which fragment the cache key unless the policy's cache key drops them.
 */
@JsonPropertyOrder({"enabled", "fraction", "variants"})
public final class TrackingSpec {
    public boolean enabled;
    public double fraction = 0.5;
    public int variants = 50;
}
