package dev.cdnx.model.topology;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * Routing rules of SPEC S3.1 over a {@link TopologyGraph}, given which nodes are down:
 * <ul>
 *   <li>users go to the healthy edge with the lowest RTT among those they (or their DNS steering)
 *       link to — anycast;</li>
 *   <li>a cache goes to its healthy upstream cache with the lowest RTT (its shield or parent), otherwise
 *       to a linked healthy origin, otherwise along the shortest healthy path (JGraphT Dijkstra) to
 *       any origin, otherwise straight to the nearest origin (the CDN fails open).</li>
 * </ul>
 * A route that ends at an origin that is down is still returned; the engine turns it into errors.
 */
public final class Router {

    private final TopologyGraph topology;
    private final Set<String> down = new HashSet<>();

    public Router(TopologyGraph topology) {
        this.topology = topology;
    }

    public TopologyGraph topology() {
        return topology;
    }

    /** Marks a node down (true) or up (false). */
    public void setDown(String nodeName, boolean isDown) {
        if (isDown) {
            down.add(nodeName);
        } else {
            down.remove(nodeName);
        }
    }

    public boolean isDown(NodeSpec n) {
        return down.contains(n.name);
    }

    public Set<String> downNodes() {
        return Collections.unmodifiableSet(down);
    }

    /** The edges users (directly or through steering) may reach, nearest first; empty when none is linked. */
    public List<NodeSpec> candidateEdges(NodeSpec users, Predicate<NodeSpec> filter) {
        List<NodeSpec> out = new ArrayList<>();
        for (NodeSpec up : topology.upstreamOf(users)) {
            if (up.kind == NodeKind.EDGE && filter.test(up)) {
                out.add(up);
            } else if (up.kind == NodeKind.STEERING) {
                for (NodeSpec e : topology.upstreamOf(up)) {
                    if (e.kind == NodeKind.EDGE && filter.test(e) && !out.contains(e)) {
                        out.add(e);
                    }
                }
            }
        }
        out.sort((a, b) -> Double.compare(rttOrInfinity(users, a), rttOrInfinity(users, b)));
        return out;
    }

    /** The healthy edge with the lowest RTT for these users, or null when every candidate is down. */
    public NodeSpec edgeFor(NodeSpec users) {
        return edgeFor(users, e -> true);
    }

    /** As {@link #edgeFor(NodeSpec)}, among edges the filter accepts (a provider, say). */
    public NodeSpec edgeFor(NodeSpec users, Predicate<NodeSpec> filter) {
        for (NodeSpec e : candidateEdges(users, filter)) {
            if (!isDown(e)) {
                return e;
            }
        }
        return null;
    }

    private double rttOrInfinity(NodeSpec a, NodeSpec b) {
        double r = topology.rttBetweenMs(a, b);
        return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
    }

    /**
     * The next hop a cache fetches from, or null when the graph has no origin at all. The result may be
     * a down origin (then every fetch fails).
     */
    public NodeSpec nextHop(NodeSpec cache) {
        NodeSpec best = bestLinked(cache, true);
        if (best != null) {
            return best;
        }
        best = bestLinked(cache, false);
        if (best != null) {
            return best;
        }
        List<NodeSpec> path = shortestHealthyPathToOrigin(cache);
        if (path.size() > 1) {
            return path.get(1);
        }
        return nearestOrigin(cache);
    }

    private NodeSpec bestLinked(NodeSpec cache, boolean caches) {
        NodeSpec best = null;
        double bestRtt = Double.POSITIVE_INFINITY;
        for (NodeSpec up : topology.upstreamOf(cache)) {
            boolean wanted = caches ? up.kind.caches() : up.kind == NodeKind.ORIGIN;
            if (!wanted || isDown(up)) {
                continue;
            }
            double rtt = rttOrInfinity(cache, up);
            if (best == null || rtt < bestRtt) {
                best = up;
                bestRtt = rtt;
            }
        }
        return best;
    }

    /** The whole route from a cache to an origin: [cache, hop, …, origin]; [cache] when there is none. */
    public List<NodeSpec> routeToOrigin(NodeSpec cache) {
        List<NodeSpec> route = new ArrayList<>();
        route.add(cache);
        NodeSpec at = cache;
        while (at.kind != NodeKind.ORIGIN
                && route.size() <= topology.graph().vertexSet().size()) {
            NodeSpec next = nextHop(at);
            if (next == null || route.contains(next)) {
                break;
            }
            route.add(next);
            at = next;
        }
        return route;
    }

    /** Shortest path by RTT through healthy nodes to any origin (JGraphT Dijkstra); empty when none. */
    public List<NodeSpec> shortestHealthyPathToOrigin(NodeSpec from) {
        MaskSubgraph<NodeSpec, dev.cdnx.model.scenario.LinkSpec> healthy = new MaskSubgraph<>(
                topology.graph(), v -> v != from && (isDown(v) || v.kind == NodeKind.USERS), e -> false);
        DijkstraShortestPath<NodeSpec, dev.cdnx.model.scenario.LinkSpec> dijkstra = new DijkstraShortestPath<>(healthy);
        List<NodeSpec> best = List.of();
        double bestWeight = Double.POSITIVE_INFINITY;
        for (NodeSpec origin : topology.nodesOf(NodeKind.ORIGIN)) {
            if (isDown(origin) || !healthy.containsVertex(from)) {
                continue;
            }
            GraphPath<NodeSpec, dev.cdnx.model.scenario.LinkSpec> p = dijkstra.getPath(from, origin);
            if (p != null && p.getWeight() < bestWeight) {
                best = p.getVertexList();
                bestWeight = p.getWeight();
            }
        }
        return best;
    }

    /** True when some path of links leads from the node to an origin, ignoring health. */
    public static boolean hasPathToOrigin(TopologyGraph topology, NodeSpec from) {
        AsSubgraph<NodeSpec, dev.cdnx.model.scenario.LinkSpec> all = new AsSubgraph<>(topology.graph());
        DijkstraShortestPath<NodeSpec, dev.cdnx.model.scenario.LinkSpec> d = new DijkstraShortestPath<>(all);
        for (NodeSpec o : topology.nodesOf(NodeKind.ORIGIN)) {
            if (all.containsVertex(from) && d.getPath(from, o) != null) {
                return true;
            }
        }
        return false;
    }

    private NodeSpec nearestOrigin(NodeSpec from) {
        NodeSpec best = null;
        double bestRtt = Double.POSITIVE_INFINITY;
        for (NodeSpec o : topology.nodesOf(NodeKind.ORIGIN)) {
            double r = rttOrInfinity(from, o);
            if (best == null || r < bestRtt || (!isDown(o) && isDown(best))) {
                best = o;
                bestRtt = r;
            }
        }
        return best;
    }
}
