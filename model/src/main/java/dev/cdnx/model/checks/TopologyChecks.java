package dev.cdnx.model.checks;

import static dev.cdnx.model.checks.ContentChecks.pct;
import static dev.cdnx.model.checks.Rule.fire;

import dev.cdnx.model.checks.CheckOutcome.Severity;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.TierPolicySpec;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks about the drawing: shields, TTL jitter across many caches, multi-CDN standby, audience spread. */
final class TopologyChecks {

    /** From this many caches a shared expiry becomes a herd. */
    static final int MANY = 10;
    /** Users below this total rate, all in one region, get little from a CDN. */
    static final double LOW_RATE = 20;

    private TopologyChecks() {}

    static List<ArchitectureCheck> all() {
        return List.of(noShield(), ttlNoJitter(), coldStandby(), regionalLowTraffic());
    }

    static ArchitectureCheck noShield() {
        return new Rule(
                "no-shield",
                "Many edges in front of a small origin without a shield",
                Severity.WARNING,
                "Put a regional shield (mid-tier cache) with request coalescing between the edges and the origin, "
                        + "so a miss everywhere reaches the origin once.",
                ctx -> {
                    for (NodeSpec o : ctx.nodes(NodeKind.ORIGIN)) {
                        List<String> direct = new ArrayList<>();
                        for (LinkSpec l : ctx.scenario().topology.links) {
                            String other = o.name.equals(l.from) ? l.to : o.name.equals(l.to) ? l.from : null;
                            NodeSpec n = other == null ? null : ctx.scenario().node(other);
                            if (n != null && n.kind == NodeKind.EDGE) {
                                direct.add(n.name);
                            }
                        }
                        int conns = o.originOrDefault().concurrency;
                        if (direct.size() >= MANY && direct.size() > conns) {
                            List<String> nodes = new ArrayList<>(List.of(o.name));
                            nodes.addAll(direct);
                            return fire(
                                    direct.size() + " edges fetch straight from " + o.name + ", which has "
                                            + conns + " connections and " + o.originOrDefault().capacity
                                            + ": one object missing everywhere sends it " + direct.size()
                                            + " requests at once",
                                    nodes);
                        }
                    }
                    return null;
                });
    }

    static ArchitectureCheck ttlNoJitter() {
        return new Rule(
                "ttl-no-jitter",
                "One TTL for all hot content and no jitter",
                Severity.WARNING,
                "Add TTL jitter (policy.ttlJitter, e.g. ±10% of the TTL) and stale-while-revalidate, so copies "
                        + "filled together do not expire together.",
                ctx -> {
                    Scenario s = ctx.scenario();
                    List<String> caches = new ArrayList<>(ctx.names(NodeKind.EDGE));
                    caches.addAll(ctx.names(NodeKind.SHIELD));
                    if (caches.size() < MANY || anyJitter(s)) {
                        return null;
                    }
                    Set<Long> ttls = new TreeSet<>();
                    for (ContentClassSpec c : s.workload.classes) {
                        double life = s.policy.ttl != null ? s.policy.ttl.seconds() : CacheHeaders.lifetime(c);
                        boolean immutable = CacheHeaders.cacheControl(c).contains("immutable");
                        if (CacheHeaders.storable(c) && life > 0 && !immutable && !Double.isInfinite(life)) {
                            ttls.add((long) life);
                        }
                    }
                    return ttls.isEmpty()
                            ? null
                            : fire(
                                    caches.size() + " caches keep content for exactly "
                                            + ttls
                                            + " s with no jitter: copies filled together expire together and revalidate "
                                            + "at the origin at once",
                                    caches);
                });
    }

    private static boolean anyJitter(Scenario s) {
        if (positive(s.policy.ttlJitter)) {
            return true;
        }
        for (TierPolicySpec t : s.policy.tiers.values()) {
            if (t != null && positive(t.ttlJitter)) {
                return true;
            }
        }
        for (NodeSpec n : s.topology.nodes) {
            if (n.cache != null && positive(n.cache.ttlJitter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean positive(SimDuration d) {
        return d != null && d.seconds() > 0;
    }

    static ArchitectureCheck coldStandby() {
        return new Rule(
                "cold-standby",
                "Multi-CDN with a cold standby",
                Severity.WARNING,
                "Keep the standby warm: steer a few percent of live traffic to it all the time, size the origin "
                        + "for a failover stampede, and rehearse the failover.",
                ctx -> {
                    for (NodeSpec st : ctx.nodes(NodeKind.STEERING)) {
                        Map<String, Double> w = st.steeringInForce().weights;
                        double total = w.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum();
                        for (Map.Entry<String, Double> e : w.entrySet()) {
                            double share = total > 0 ? e.getValue() / total : 0;
                            if (w.size() > 1 && share < 0.01) {
                                List<String> nodes = new ArrayList<>(List.of(st.name));
                                ctx.scenario().topology.nodes.stream()
                                        .filter(n -> e.getKey().equals(n.provider))
                                        .forEach(n -> nodes.add(n.name));
                                return fire(
                                        "provider " + e.getKey() + " gets " + pct(share) + " of traffic from "
                                                + st.name
                                                + ": when the other fails, users land on empty caches after the "
                                                + st.steeringInForce().dnsTtl + " DNS TTL and every request misses",
                                        nodes);
                            }
                        }
                    }
                    return null;
                });
    }

    static ArchitectureCheck regionalLowTraffic() {
        return new Rule(
                "regional-low-traffic",
                "Low traffic from a single region",
                Severity.ADVICE,
                "A CDN pays off for read-heavy content spread over many regions; for a small local audience "
                        + "serve from the origin with good caching headers, or use the CDN for protection only.",
                ctx -> {
                    Set<String> regions = new TreeSet<>();
                    double rate = 0;
                    for (NodeSpec u : ctx.nodes(NodeKind.USERS)) {
                        regions.add(dev.cdnx.model.cost.MeasuredVolumes.regionOf(u));
                        rate += u.usersOrDefault().rate.perSecond() + extra(u);
                    }
                    return regions.size() == 1 && rate < LOW_RATE
                            ? fire(
                                    "all users are in " + regions.iterator().next()
                                            + " and send " + String.format(java.util.Locale.ROOT, "%.1f", rate)
                                            + " requests/s in all: little to offload and no distance to save",
                                    ctx.names(NodeKind.USERS))
                            : null;
                });
    }

    private static double extra(NodeSpec u) {
        var p = u.usersOrDefault().profile;
        return p == null || p.extraRate == null ? 0 : p.extraRate.perSecond();
    }
}
