package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.topology.Router;
import dev.cdnx.model.topology.TopologyGraph;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which edge a users node reaches. A provider announces the same address from every PoP (anycast), so the
 * edges a users node links to are its preferred ones, not its only ones: while one of them is healthy the
 * nearest healthy one answers (the {@link Router}'s rule); when all are down, the provider's nearest healthy
 * edge anywhere answers, at the longer RTT the distance gives. With failover off (a single-PoP design,
 * {@code topology.anycastFailover: false}) the users have no edge until one of theirs comes back.
 *
 * <p>"The provider" is the provider of the linked edges; edges without one belong to the scenario's own
 * CDN. An edge without coordinates has no RTT to rank it by and is never a failover target.
 */
final class Anycast {

    private final TopologyGraph topology;
    private final Router router;
    private final boolean failover;

    Anycast(TopologyGraph topology, Router router, Boolean failover) {
        this.topology = topology;
        this.router = router;
        this.failover = failover == null || failover;
    }

    /** The edge these users reach now, or null when none answers. */
    NodeSpec edgeFor(NodeSpec users) {
        NodeSpec linked = router.edgeFor(users);
        if (linked != null || !failover) {
            return linked;
        }
        Set<String> providers = new HashSet<>();
        for (NodeSpec e : router.candidateEdges(users, x -> true)) {
            providers.add(e.provider);
        }
        return providers.isEmpty() ? null : nearestHealthy(users, e -> providers.contains(e.provider));
    }

    /** The edge of {@code provider} these users reach now (DNS steering named it), or null. */
    NodeSpec edgeFor(NodeSpec users, String provider) {
        Predicate<NodeSpec> ofProvider = e -> provider.equals(e.provider);
        NodeSpec linked = router.edgeFor(users, ofProvider);
        if (linked != null || !failover) {
            return linked;
        }
        return nearestHealthy(users, ofProvider);
    }

    private NodeSpec nearestHealthy(NodeSpec users, Predicate<NodeSpec> wanted) {
        NodeSpec best = null;
        double bestRtt = Double.POSITIVE_INFINITY;
        for (NodeSpec e : topology.nodesOf(NodeKind.EDGE)) {
            if (!wanted.test(e) || router.isDown(e)) {
                continue;
            }
            double rtt = topology.rttBetweenMs(users, e);
            if (rtt < bestRtt) {
                best = e;
                bestRtt = rtt;
            }
        }
        return best;
    }
}
