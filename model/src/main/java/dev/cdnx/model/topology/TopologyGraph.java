package dev.cdnx.model.topology;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.TopologySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The drawing as a directed JGraphT graph (links point upstream, weighted by RTT in ms). Built from a
 * {@link TopologySpec}; links to unknown nodes and nodes without names are left out (the validator
 * reports them). A snapshot: rebuild it after the spec changes.
 */
public final class TopologyGraph {

    private final TopologySpec spec;
    private final Graph<NodeSpec, LinkSpec> graph = new DirectedWeightedPseudograph<>(LinkSpec.class);
    private final Map<String, NodeSpec> byName = new HashMap<>();
    private final Map<LinkSpec, Double> rttMs = new HashMap<>();

    public TopologyGraph(TopologySpec spec) {
        this.spec = spec;
        for (NodeSpec n : spec.nodes) {
            if (n.name != null && !byName.containsKey(n.name)) {
                byName.put(n.name, n);
                graph.addVertex(n);
            }
        }
        for (LinkSpec l : spec.links) {
            NodeSpec a = byName.get(l.from);
            NodeSpec b = byName.get(l.to);
            if (a == null || b == null || a == b) {
                continue;
            }
            double rtt = rttMs(l, a, b);
            if (Double.isNaN(rtt)) {
                rtt = 0;
            }
            rttMs.put(l, rtt);
            graph.addEdge(a, b, l);
            graph.setEdgeWeight(l, rtt);
        }
    }

    private double rttMs(LinkSpec l, NodeSpec a, NodeSpec b) {
        if (l.rtt != null) {
            return l.rtt.millis();
        }
        return derivedRttMs(a, b);
    }

    /** The RTT the distance between two nodes gives, in ms, or NaN when either has no coordinates. */
    public double derivedRttMs(NodeSpec a, NodeSpec b) {
        if (!a.hasGeo() || !b.hasGeo()) {
            return Double.NaN;
        }
        return GeoMath.rttMs(GeoMath.distanceKm(a.lat, a.lon, b.lat, b.lon), spec.pathStretch);
    }

    public Graph<NodeSpec, LinkSpec> graph() {
        return graph;
    }

    public TopologySpec spec() {
        return spec;
    }

    /** The node with this name, or null. */
    public NodeSpec node(String name) {
        return byName.get(name);
    }

    /** The RTT of a link of this graph in ms (typed, or derived; 0 when neither is possible). */
    public double rttMs(LinkSpec link) {
        Double v = rttMs.get(link);
        return v == null ? 0 : v;
    }

    /** The RTT between two nodes: the link's if they are linked, else derived from distance, else NaN. */
    public double rttBetweenMs(NodeSpec from, NodeSpec to) {
        LinkSpec l = graph.containsVertex(from) && graph.containsVertex(to) ? graph.getEdge(from, to) : null;
        if (l == null && graph.containsVertex(from) && graph.containsVertex(to)) {
            l = graph.getEdge(to, from);
        }
        return l != null ? rttMs(l) : derivedRttMs(from, to);
    }

    /** Nodes of one kind, in file order. */
    public List<NodeSpec> nodesOf(NodeKind kind) {
        List<NodeSpec> out = new ArrayList<>();
        for (NodeSpec n : spec.nodes) {
            if (n.kind == kind && byName.get(n.name) == n) {
                out.add(n);
            }
        }
        return out;
    }

    /** The nodes a node links to (its upstream neighbours). */
    public List<NodeSpec> upstreamOf(NodeSpec n) {
        List<NodeSpec> out = new ArrayList<>();
        if (!graph.containsVertex(n)) {
            return out;
        }
        for (LinkSpec l : graph.outgoingEdgesOf(n)) {
            out.add(graph.getEdgeTarget(l));
        }
        return out;
    }

    /** The nodes that link to a node (its downstream neighbours). */
    public List<NodeSpec> downstreamOf(NodeSpec n) {
        List<NodeSpec> out = new ArrayList<>();
        if (!graph.containsVertex(n)) {
            return out;
        }
        for (LinkSpec l : graph.incomingEdgesOf(n)) {
            out.add(graph.getEdgeSource(l));
        }
        return out;
    }
}
