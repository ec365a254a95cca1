package dev.cdnx.app.run;

import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Scenarios built in code for the animation benchmark. */
public final class BenchScenarios {

    private BenchScenarios() {}

    /**
     * About 300 nodes on a 1600×900 world: 100 users, 150 edges, 40 shields, 10 origins; each users node
     * links to its two nearest edges, each edge to its nearest shield, each shield to its nearest origin.
     * Faults in the first seconds (the part the benchmark plays) put markers on the timeline and down crosses
     * on the map while it is measured: a shield and an origin go down and come back, an edge stays down.
     */
    public static Scenario large(long seed) {
        Random rnd = new Random(seed);
        Scenario s = new Scenario();
        s.name = "Benchmark: 300 nodes";
        s.seed = seed;
        s.duration = SimDuration.ofSeconds(600);
        List<NodeSpec> origins = place(s, "origin", NodeKind.ORIGIN, 10, rnd, 600, 300, 1000, 300);
        List<NodeSpec> shields = place(s, "shield", NodeKind.SHIELD, 40, rnd, 100, 120, 1400, 660);
        List<NodeSpec> edges = place(s, "edge", NodeKind.EDGE, 150, rnd, 40, 60, 1520, 780);
        List<NodeSpec> users = place(s, "users", NodeKind.USERS, 100, rnd, 40, 60, 1520, 780);
        for (NodeSpec u : users) {
            u.usersOrDefault().rate = Rate.perSecond(20);
            List<NodeSpec> near = nearest(u, edges, 2);
            for (NodeSpec e : near) {
                s.topology.links.add(new LinkSpec(u.name, e.name, SimDuration.ofMillis(10 + rnd.nextInt(40))));
            }
        }
        for (NodeSpec e : edges) {
            s.topology.links.add(new LinkSpec(
                    e.name, nearest(e, shields, 1).get(0).name, SimDuration.ofMillis(20 + rnd.nextInt(60))));
        }
        for (NodeSpec sh : shields) {
            s.topology.links.add(new LinkSpec(
                    sh.name, nearest(sh, origins, 1).get(0).name, SimDuration.ofMillis(40 + rnd.nextInt(120))));
        }
        fault(s, 2, "shield-003", FaultAction.DOWN);
        fault(s, 3, "origin-002", FaultAction.DOWN);
        fault(s, 4, "edge-010", FaultAction.DOWN);
        fault(s, 6, "shield-003", FaultAction.UP);
        fault(s, 9, "origin-002", FaultAction.UP);
        fault(s, 30, "shield-007", FaultAction.DOWN);
        fault(s, 40, "shield-007", FaultAction.UP);
        return s;
    }

    /** How many markers the faults above put on the timeline before the run (one per fault). */
    public static final int PLANNED_MARKERS = 7;

    private static void fault(Scenario s, int atSeconds, String node, FaultAction action) {
        s.faults.add(new FaultSpec(SimDuration.ofSeconds(atSeconds), node, action));
    }

    private static List<NodeSpec> place(
            Scenario s, String prefix, NodeKind kind, int n, Random rnd, double x0, double y0, double w, double h) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeSpec ns = new NodeSpec(String.format("%s-%03d", prefix, i + 1), kind);
            ns.x = Math.round(x0 + rnd.nextDouble() * w);
            ns.y = Math.round(y0 + rnd.nextDouble() * h);
            s.topology.nodes.add(ns);
            out.add(ns);
        }
        return out;
    }

    private static List<NodeSpec> nearest(NodeSpec from, List<NodeSpec> to, int k) {
        return to.stream()
                .sorted((a, b) -> Double.compare(d2(from, a), d2(from, b)))
                .limit(k)
                .toList();
    }

    private static double d2(NodeSpec a, NodeSpec b) {
        return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
    }
}
