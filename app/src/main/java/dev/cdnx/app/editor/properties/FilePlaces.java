package dev.cdnx.app.editor.properties;

import java.util.Map;

/**
 * Where each property-sheet field sits in the scenario file (a JSON pointer, relative to its node for
 * node fields), so the sheet can show the text a file had for a value that could not be read
 * ({@code "ttl": "soon"}) instead of an empty box.
 */
final class FilePlaces {

    private static final Map<String, String> NODE = Map.ofEntries(
            Map.entry("General/Name", "/name"),
            Map.entry("General/Kind", "/kind"),
            Map.entry("Location/Latitude", "/lat"),
            Map.entry("Location/Longitude", "/lon"),
            Map.entry("Location/Region", "/region"),
            Map.entry("Location/Provider", "/provider"),
            Map.entry("Users/Request rate", "/users/rate"),
            Map.entry("Users/Clients", "/users/clients"),
            Map.entry("Cache/Capacity", "/cache/capacity"),
            Map.entry("Cache/Eviction", "/cache/eviction"),
            Map.entry("Cache/TTL", "/cache/ttl"),
            Map.entry("Cache/TTL jitter", "/cache/ttlJitter"),
            Map.entry("Cache/Coalescing", "/cache/coalescing"),
            Map.entry("Origin/Capacity", "/origin/capacity"),
            Map.entry("Origin/Connections", "/origin/concurrency"),
            Map.entry("Origin/Service time", "/origin/serviceTime"),
            Map.entry("Origin/Queue limit", "/origin/queueLimit"),
            Map.entry("Origin/Connect round trips", "/origin/connectRoundTrips"),
            Map.entry("Steering/DNS TTL", "/steering/dnsTtl"),
            Map.entry("Steering/Weights", "/steering/weights"));

    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("Scenario/Name", "/name"),
            Map.entry("Scenario/Description", "/description"),
            Map.entry("Scenario/Seed", "/seed"),
            Map.entry("Scenario/Duration", "/duration"),
            Map.entry("Scenario/Path stretch", "/topology/pathStretch"),
            Map.entry("Workload/Objects", "/workload/objects"),
            Map.entry("Workload/Zipf alpha", "/workload/alpha"),
            Map.entry("Policy/TTL", "/policy/ttl"),
            Map.entry("Policy/TTL jitter", "/policy/ttlJitter"),
            Map.entry("Policy/Stale-while-revalidate", "/policy/staleWhileRevalidate"),
            Map.entry("Policy/Stale-if-error", "/policy/staleIfError"),
            Map.entry("Policy/Coalescing", "/policy/coalescing"),
            Map.entry("Delivery/Model", "/delivery/model"),
            Map.entry("Delivery/Push targets", "/delivery/push/targets"),
            Map.entry("Delivery/Push bandwidth", "/delivery/push/bandwidth"),
            Map.entry("Delivery/Hybrid head objects", "/delivery/hybrid/headObjects"),
            Map.entry("Pricing/Price sheet", "/pricing/sheet"),
            Map.entry("Pricing/Log sampling", "/pricing/logSampling"));

    private FilePlaces() {}

    /** The pointer of a node field below its node, or null when the field has no single place. */
    static String ofNodeField(Field<?> f) {
        return NODE.get(f.category() + "/" + f.name());
    }

    /** The pointer of a scenario setting, or null when the field has no single place. */
    static String ofSetting(Field<?> f) {
        return SETTINGS.get(f.category() + "/" + f.name());
    }
}
