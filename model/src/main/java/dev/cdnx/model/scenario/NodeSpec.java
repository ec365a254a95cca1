package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One node of the drawing. {@link #kind} says which settings block applies: {@link #users} for users,
 * {@link #cache} for edges and shields, {@link #origin} for an origin, {@link #steering} for DNS
 * steering. A block left out takes its defaults. {@code x}/{@code y} are canvas coordinates; {@code lat}
 * and {@code lon} (degrees) place the node on the map and derive link RTTs.
 */
@JsonPropertyOrder({"name", "kind", "x", "y", "lat", "lon", "region", "provider", "users", "cache", "origin", "steering"
})
public final class NodeSpec {
    public String name;
    public NodeKind kind;
    public double x;
    public double y;
    public Double lat;
    public Double lon;
    /** Pricing region: na, eu, apac, sa, oc, me, af. Derived from lat/lon when left out. */
    public String region;
    /** The CDN provider an edge or shield belongs to (multi-CDN); null for a single CDN. */
    public String provider;

    public UsersSpec users;
    public CacheSpec cache;
    public OriginSpec origin;
    public SteeringSpec steering;

    public NodeSpec() {}

    public NodeSpec(String name, NodeKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** The users settings, created with defaults when absent. */
    public UsersSpec usersOrDefault() {
        if (users == null) {
            users = new UsersSpec();
        }
        return users;
    }

    /** The cache settings, created with defaults when absent. */
    public CacheSpec cacheOrDefault() {
        if (cache == null) {
            cache = new CacheSpec();
        }
        return cache;
    }

    /** The origin settings, created with defaults when absent. */
    public OriginSpec originOrDefault() {
        if (origin == null) {
            origin = new OriginSpec();
        }
        return origin;
    }

    /** The steering settings, created with defaults when absent. */
    public SteeringSpec steeringOrDefault() {
        if (steering == null) {
            steering = new SteeringSpec();
        }
        return steering;
    }

    /**
     * The steering settings in force, for reading: the node's own, or defaults when it has none. Unlike
     * {@link #steeringOrDefault()} it leaves the node as it is, so checks and timelines change nothing.
     */
    public SteeringSpec steeringInForce() {
        return steering != null ? steering : new SteeringSpec();
    }

    public boolean hasGeo() {
        return lat != null && lon != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
