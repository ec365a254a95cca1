package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.TopologySpec;
import dev.cdnx.model.topology.LinkRules;
import dev.cdnx.model.topology.Router;
import dev.cdnx.model.topology.TopologyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.AsSubgraph;

/** Rules of the drawing: names, link ends and kinds, RTTs, routes to an origin, cycles. */
final class TopologyRules {

    private final Scenario scenario;
    private final TopologySpec t;
    private final List<Problem> out;
    private final Map<String, Integer> index = new HashMap<>();

    TopologyRules(Scenario scenario, List<Problem> out) {
        this.scenario = scenario;
        this.t = scenario.topology;
        this.out = out;
    }

    void check() {
        if (t.nodes == null || t.links == null) {
            out.add(Problem.error("topology", "nodes and links must be lists", "write \"nodes\": [ ], \"links\": [ ]"));
            return;
        }
        if (t.pathStretch < 1) {
            out.add(Problem.error(
                    "topology.pathStretch",
                    "the path stretch must be 1 or more (it is " + t.pathStretch + ")",
                    "use 1.0 for a straight fibre, about 1.5 for real routes"));
        }
        checkNodes();
        checkLinks();
        checkRoutes();
    }

    private String nodePath(int i) {
        return "topology.nodes[" + i + "]";
    }

    private void checkNodes() {
        Set<String> providers = new HashSet<>();
        for (var p : t.providers) {
            providers.add(p.name);
        }
        for (int i = 0; i < t.nodes.size(); i++) {
            NodeSpec n = t.nodes.get(i);
            if (n == null) {
                out.add(Problem.error(nodePath(i), "a node is null", "remove it"));
                continue;
            }
            if (n.name == null || n.name.isBlank()) {
                out.add(Problem.error(nodePath(i), "a node without a name", "give it a unique \"name\""));
            } else if (index.containsKey(n.name)) {
                out.add(Problem.error(
                                nodePath(i) + ".name",
                                "duplicate node name \"" + n.name + "\" (also node " + index.get(n.name) + ")",
                                "rename one of them; names must be unique")
                        .aboutNode(n.name));
            } else {
                index.put(n.name, i);
            }
            if (n.kind == null) {
                out.add(Problem.error(
                                nodePath(i) + ".kind",
                                "node \"" + n.name + "\" has no kind",
                                "set \"kind\" to users, edge, shield, origin or steering")
                        .aboutNode(n.name));
                continue;
            }
            checkGeo(n, i);
            if (n.provider != null && !providers.contains(n.provider)) {
                out.add(Problem.error(
                                nodePath(i) + ".provider",
                                "unknown provider \"" + n.provider + "\"",
                                ScenarioValidator.unknownFix(
                                        n.provider, new ArrayList<>(providers), "provider under topology.providers"))
                        .aboutNode(n.name));
            }
            NodeSettingsRules.check(n, nodePath(i), scenario, out);
        }
    }

    private void checkGeo(NodeSpec n, int i) {
        if ((n.lat == null) != (n.lon == null)) {
            out.add(Problem.error(
                            nodePath(i) + (n.lat == null ? ".lat" : ".lon"),
                            "node \"" + n.name + "\" has only one of lat and lon",
                            "give both, in degrees, or neither")
                    .aboutNode(n.name));
        }
        if (n.lat != null && (n.lat < -90 || n.lat > 90)) {
            out.add(Problem.error(
                            nodePath(i) + ".lat",
                            "latitude " + n.lat + " is outside -90..90",
                            "write degrees north as positive, south as negative")
                    .aboutNode(n.name));
        }
        if (n.lon != null && (n.lon < -180 || n.lon > 180)) {
            out.add(Problem.error(
                            nodePath(i) + ".lon",
                            "longitude " + n.lon + " is outside -180..180",
                            "write degrees east as positive, west as negative")
                    .aboutNode(n.name));
        }
    }

    private void checkLinks() {
        List<String> names = new ArrayList<>(index.keySet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.links.size(); i++) {
            LinkSpec l = t.links.get(i);
            String path = "topology.links[" + i + "]";
            if (l == null) {
                out.add(Problem.error(path, "a link is null", "remove it"));
                continue;
            }
            boolean ends = true;
            for (String end : new String[] {"from", "to"}) {
                String name = end.equals("from") ? l.from : l.to;
                if (name == null || !index.containsKey(name)) {
                    out.add(Problem.error(
                            path + "." + end,
                            name == null ? "the link has no \"" + end + "\"" : "link to unknown node \"" + name + "\"",
                            name == null
                                    ? "name the node at this end"
                                    : ScenarioValidator.unknownFix(name, names, "node")));
                    ends = false;
                }
            }
            if (!ends) {
                continue;
            }
            NodeSpec a = t.nodes.get(index.get(l.from));
            NodeSpec b = t.nodes.get(index.get(l.to));
            if (a == b) {
                out.add(Problem.error(path, "a link from \"" + a.name + "\" to itself", "remove it")
                        .aboutNode(a.name));
                continue;
            }
            if (!seen.add(l.from + "\u0000" + l.to)) {
                out.add(Problem.error(path, "a second link " + l.from + " → " + l.to, "remove the duplicate")
                        .aboutNode(a.name));
            }
            String refused = LinkRules.reasonRefused(a.kind, b.kind);
            if (refused != null && a.kind != null && b.kind != null) {
                out.add(Problem.error(
                                path,
                                "link " + l.from + " → " + l.to + " is not allowed: " + refused,
                                "links point upstream: users → edge → shield → origin")
                        .aboutNode(a.name));
            }
            if (l.rtt == null && (!a.hasGeo() || !b.hasGeo())) {
                out.add(Problem.error(
                                path + ".rtt",
                                "link " + l.from + " → " + l.to
                                        + " has no rtt and its ends have no coordinates to derive one from",
                                "type an \"rtt\" such as \"40ms\", or give both nodes lat and lon")
                        .aboutNode(a.name));
            }
        }
    }

    private void checkRoutes() {
        TopologyGraph g = new TopologyGraph(t);
        List<NodeSpec> origins = g.nodesOf(NodeKind.ORIGIN);
        if (origins.isEmpty()) {
            out.add(Problem.error(
                    "topology.nodes",
                    "the topology has no origin",
                    "add a node of kind \"origin\" and link the edges or shields to it"));
        }
        Router router = new Router(g);
        for (NodeSpec n : t.nodes) {
            if (n == null || n.kind == null || n.name == null || g.node(n.name) != n || !index.containsKey(n.name)) {
                continue;
            }
            String path = nodePath(index.get(n.name));
            if (n.kind == NodeKind.USERS && router.candidateEdges(n, e -> true).isEmpty()) {
                out.add(Problem.error(
                                path,
                                "users \"" + n.name + "\" have no edge to go to",
                                "link them to an edge (or to DNS steering that links to edges)")
                        .aboutNode(n.name));
            }
            if (n.kind == NodeKind.SHIELD && g.downstreamOf(n).isEmpty()) {
                out.add(Problem.error(
                                path,
                                "shield \"" + n.name + "\" has no edges behind it",
                                "link one or more edges to it, or remove it")
                        .aboutNode(n.name));
            }
            if (n.kind == NodeKind.STEERING && g.upstreamOf(n).isEmpty()) {
                out.add(Problem.error(
                                path,
                                "DNS steering \"" + n.name + "\" has no edges to hand users to",
                                "link it to the edges of each provider")
                        .aboutNode(n.name));
            }
            if (n.kind.caches() && !origins.isEmpty() && !Router.hasPathToOrigin(g, n)) {
                out.add(Problem.error(
                                path,
                                n.kind.id() + " \"" + n.name + "\" has no route to an origin",
                                "link it to a shield or straight to the origin")
                        .aboutNode(n.name));
            }
        }
        checkCycles(g);
    }

    private void checkCycles(TopologyGraph g) {
        Set<NodeSpec> caches = new HashSet<>();
        for (NodeSpec n : g.graph().vertexSet()) {
            if (n.kind != null && n.kind.caches()) {
                caches.add(n);
            }
        }
        CycleDetector<NodeSpec, LinkSpec> detector = new CycleDetector<>(new AsSubgraph<>(g.graph(), caches));
        Set<NodeSpec> inCycle = detector.findCycles();
        if (!inCycle.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (NodeSpec n : inCycle) {
                names.add(n.name);
            }
            names.sort(null);
            NodeSpec first = g.node(names.get(0));
            String path = index.containsKey(first.name) ? nodePath(index.get(first.name)) : "topology.nodes";
            out.add(Problem.error(
                            path,
                            "caches fetch from each other in a cycle: " + String.join(", ", names),
                            "remove one link of the cycle so fetches lead to the origin")
                    .aboutNode(first.name));
        }
    }
}
