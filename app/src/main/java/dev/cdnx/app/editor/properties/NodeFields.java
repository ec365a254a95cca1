package dev.cdnx.app.editor.properties;

import static dev.cdnx.app.editor.properties.Parse.str;

import dev.cdnx.model.cache.CachePolicies;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The settings of a node, per kind, with what each means for a CDN. */
public final class NodeFields {

    private static final Predicate<NodeSpec> ANY = n -> true;
    private static final Predicate<NodeSpec> USERS = n -> n.kind == NodeKind.USERS;
    private static final Predicate<NodeSpec> CACHE = n -> n.kind != null && n.kind.caches();
    private static final Predicate<NodeSpec> ORIGIN = n -> n.kind == NodeKind.ORIGIN;
    private static final Predicate<NodeSpec> STEERING = n -> n.kind == NodeKind.STEERING;
    private static final Predicate<NodeSpec> NOT_STEERING = n -> n.kind != NodeKind.STEERING;

    /** The name field: renaming goes through its own command (links follow). */
    public static final Field<NodeSpec> NAME = Field.text(
            "General",
            "Name",
            "A unique name; links, faults and the run's figures refer to the node by it.",
            ANY,
            n -> n.name,
            (n, v) -> {
                if (v.isBlank()) {
                    throw new IllegalArgumentException("a node needs a name");
                }
                if (!v.trim().matches("[A-Za-z0-9._-]+")) {
                    throw new IllegalArgumentException("use letters, digits, '.', '_' and '-' only (no spaces)");
                }
                n.name = v.trim();
            });

    public static final List<Field<NodeSpec>> ALL = List.of(
            NAME,
            Field.text(
                    "General",
                    "Kind",
                    "What the node is: users, edge, shield, origin or DNS steering. "
                            + "To change it, delete the node and place another kind.",
                    ANY,
                    n -> n.kind == null ? "" : n.kind.label(),
                    null),
            Field.text(
                    "Location",
                    "Latitude",
                    "Degrees north (−90…90). Sets where the node sits on the map; "
                            + "links without a typed RTT derive it from the distance between their ends.",
                    ANY,
                    n -> str(n.lat),
                    (n, v) -> {
                        n.lat = v.isBlank() ? null : Parse.number(v, -90, 90, "latitude");
                        if (n.lat != null) {
                            n.y = MapProjection.y(n.lat);
                        }
                    }),
            Field.text(
                    "Location",
                    "Longitude",
                    "Degrees east (−180…180). Sets where the node sits on the map; " + "derived link RTTs follow it.",
                    ANY,
                    n -> str(n.lon),
                    (n, v) -> {
                        n.lon = v.isBlank() ? null : Parse.number(v, -180, 180, "longitude");
                        if (n.lon != null) {
                            n.x = MapProjection.x(n.lon);
                        }
                    }),
            Field.choice(
                    "Location",
                    "Region",
                    "Pricing region for egress: na, eu, apac, sa, oc, me, af. Leave "
                            + "empty to derive it from latitude/longitude.",
                    NOT_STEERING,
                    n -> str(n.region),
                    (n, v) -> n.region = Parse.blankToNull(v),
                    List.of("", "na", "eu", "apac", "sa", "oc", "me", "af")),
            Field.text(
                    "Location",
                    "Provider",
                    "The CDN provider this edge or shield belongs to (multi-CDN). " + "Empty for a single CDN.",
                    CACHE,
                    n -> str(n.provider),
                    (n, v) -> n.provider = Parse.blankToNull(v)),
            Field.text(
                    "Users",
                    "Request rate",
                    "Mean requests per second this population sends (Poisson), "
                            + "written like \"40/s\", \"2k/s\" or \"1.5M/h\".",
                    USERS,
                    n -> str(readUsers(n).rate),
                    (n, v) -> n.usersOrDefault().rate = Rate.parse(v)),
            Field.choice(
                    "Users",
                    "Time profile",
                    "How the rate moves: steady; diurnal (a daily wave); flash "
                            + "(a viral object at a time); launch (everyone fetches a new bundle at a time).",
                    USERS,
                    n -> readUsers(n).profile == null ? "steady" : readUsers(n).profile.type,
                    (n, v) -> {
                        ProfileSpec p = n.usersOrDefault().profile;
                        if (p == null) {
                            n.usersOrDefault().profile = new ProfileSpec(v);
                        } else {
                            p.type = v;
                        }
                    },
                    List.of("steady", "diurnal", "flash", "launch")),
            Field.text(
                    "Users",
                    "Clients",
                    "How many DNS resolvers share this population; each keeps its own "
                            + "DNS answer (matters with DNS steering).",
                    USERS,
                    n -> str(readUsers(n).clients),
                    (n, v) -> n.usersOrDefault().clients = Parse.count(v, 1, "clients")),
            Field.text(
                    "Cache",
                    "Capacity",
                    "Bytes this cache can hold, like \"2 GB\" or \"500 MB\". An object "
                            + "larger than the cache is never cached.",
                    CACHE,
                    n -> str(readCache(n).capacity),
                    (n, v) -> n.cacheOrDefault().capacity = DataSize.parse(v)),
            Field.choice(
                    "Cache",
                    "Eviction",
                    "Which object leaves when the cache is full: lru (least recently "
                            + "used), fifo, lfu (least frequently used), clock, sieve, s3fifo, arc (balances recent and "
                            + "repeated use), wtinylfu (Caffeine's: a small window, then a frequency sketch decides), "
                            + "gdsf (keeps small, popular objects), lfuda (lfu whose old counts age away).",
                    CACHE,
                    n -> readCache(n).eviction,
                    (n, v) -> n.cacheOrDefault().eviction = v,
                    CachePolicies.names()),
            Field.text(
                    "Cache",
                    "TTL",
                    "Overrides how long a response stays fresh here, like \"1h\". Empty: "
                            + "follow the tier's and scenario's policy and the response headers.",
                    CACHE,
                    n -> str(readCache(n).ttl),
                    (n, v) -> n.cacheOrDefault().ttl = Parse.durationOrNull(v)),
            Field.text(
                    "Cache",
                    "TTL jitter",
                    "± random spread added to each TTL, like \"300s\": keeps many "
                            + "caches from revalidating at the same moment (thundering herd). Empty: policy's.",
                    CACHE,
                    n -> str(readCache(n).ttlJitter),
                    (n, v) -> n.cacheOrDefault().ttlJitter = Parse.durationOrNull(v)),
            Field.choice(
                    "Cache",
                    "Coalescing",
                    "Collapse concurrent misses for one key into a single upstream "
                            + "fetch. Empty: follow the policy.",
                    CACHE,
                    n -> str(readCache(n).coalescing),
                    (n, v) -> n.cacheOrDefault().coalescing = v.isBlank() ? null : Parse.bool(v),
                    List.of("", "true", "false")),
            Field.text(
                    "Origin",
                    "Capacity",
                    "Requests per second the origin can serve, like \"1k/s\"; beyond "
                            + "it requests queue and latency grows.",
                    ORIGIN,
                    n -> str(readOrigin(n).capacity),
                    (n, v) -> n.originOrDefault().capacity = Rate.parse(v)),
            Field.text(
                    "Origin",
                    "Connections",
                    "Concurrent connections the origin serves at once.",
                    ORIGIN,
                    n -> str(readOrigin(n).concurrency),
                    (n, v) -> n.originOrDefault().concurrency = Parse.count(v, 1, "connections")),
            Field.text(
                    "Origin",
                    "Service time",
                    "Time to produce one response once a connection is free, like " + "\"20ms\".",
                    ORIGIN,
                    n -> str(readOrigin(n).serviceTime),
                    (n, v) -> n.originOrDefault().serviceTime = SimDuration.parse(v)),
            Field.text(
                    "Origin",
                    "Queue limit",
                    "Requests that may wait for a connection; past it they fail "
                            + "(errors, or stale-if-error copies at the caches).",
                    ORIGIN,
                    n -> str(readOrigin(n).queueLimit),
                    (n, v) -> n.originOrDefault().queueLimit = Parse.count(v, 0, "queue limit")),
            Field.text(
                    "Origin",
                    "Connect round trips",
                    "Extra round trips before a cache's request reaches the "
                            + "origin (new TCP + TLS: 2); 0 for kept-alive connections.",
                    ORIGIN,
                    n -> str(readOrigin(n).connectRoundTrips),
                    (n, v) -> n.originOrDefault().connectRoundTrips = Parse.count(v, 0, "round trips")),
            Field.text(
                    "Steering",
                    "DNS TTL",
                    "How long a client keeps its DNS answer, like \"60s\": after a "
                            + "provider fails, users keep going to it until this expires.",
                    STEERING,
                    n -> str(readSteering(n).dnsTtl),
                    (n, v) -> n.steeringOrDefault().dnsTtl = SimDuration.parse(v)),
            Field.text(
                    "Steering",
                    "Weights",
                    "Share of users per provider, like \"cdn-a=0.7, cdn-b=0.3\" " + "(need not sum to 1).",
                    STEERING,
                    n -> weightsText(readSteering(n).weights),
                    (n, v) -> n.steeringOrDefault().weights = parseWeights(v)));

    private NodeFields() {}

    // Reading shows defaults for an absent block without adding one (only edits, as commands, add it).
    private static dev.cdnx.model.scenario.UsersSpec readUsers(NodeSpec n) {
        return n.users != null ? n.users : new dev.cdnx.model.scenario.UsersSpec();
    }

    private static dev.cdnx.model.scenario.CacheSpec readCache(NodeSpec n) {
        return n.cache != null ? n.cache : new dev.cdnx.model.scenario.CacheSpec();
    }

    private static dev.cdnx.model.scenario.OriginSpec readOrigin(NodeSpec n) {
        return n.origin != null ? n.origin : new dev.cdnx.model.scenario.OriginSpec();
    }

    private static dev.cdnx.model.scenario.SteeringSpec readSteering(NodeSpec n) {
        return n.steering != null ? n.steering : new dev.cdnx.model.scenario.SteeringSpec();
    }

    static String weightsText(Map<String, Double> w) {
        StringBuilder sb = new StringBuilder();
        w.forEach((k, v) ->
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(Parse.fmt(v)));
        return sb.toString();
    }

    static Map<String, Double> parseWeights(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException(
                        "write weights as provider=weight, separated by commas, " + "like \"cdn-a=0.7, cdn-b=0.3\"");
            }
            out.put(kv[0].trim(), Parse.number(kv[1], 0, 1e9, "the weight of " + kv[0].trim()));
        }
        return out;
    }
}
