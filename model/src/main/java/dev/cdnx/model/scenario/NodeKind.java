package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a node of the topology is. Written in files in lower case: {@code "users"}, {@code "edge"}, … */
public enum NodeKind {
    /** A client population in a region that sends requests. */
    USERS,
    /** A point of presence that caches and serves users. */
    EDGE,
    /** A regional mid-tier cache in front of the origin. */
    SHIELD,
    /** The source of truth. */
    ORIGIN,
    /** DNS steering in front of several CDN providers. */
    STEERING;

    /** True for the kinds that hold a cache (edges and shields). */
    public boolean caches() {
        return this == EDGE || this == SHIELD;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static NodeKind fromId(String id) {
        for (NodeKind k : values()) {
            if (k.id().equalsIgnoreCase(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("expected one of users, edge, shield, origin, steering");
    }

    /** A title-case label for the screen. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
