package dev.cdnx.app;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A drawing of 500 nodes for the tests (200 users, 280 edges, 16 shields, 4 origins), scattered over the
 * map from a fixed seed, each node linked to the nearest node of the next tier. The tests' own fixture, so
 * that changing a benchmark's drawing cannot change what a test checks.
 */
final class LargeDrawing {

    private LargeDrawing() {}

    static Scenario fiveHundredNodes() {
        Random r = new Random(7);
        Scenario s = new Scenario();
        s.name = "Large drawing, 500 nodes";
        List<NodeSpec> origins = scatter(s, r, NodeKind.ORIGIN, "origin", 4);
        List<NodeSpec> shields = scatter(s, r, NodeKind.SHIELD, "shield", 16);
        List<NodeSpec> edges = scatter(s, r, NodeKind.EDGE, "edge", 280);
        List<NodeSpec> users = scatter(s, r, NodeKind.USERS, "users", 200);
        linkToNearest(s, users, edges);
        linkToNearest(s, edges, shields);
        linkToNearest(s, shields, origins);
        return s;
    }

    private static List<NodeSpec> scatter(Scenario s, Random r, NodeKind kind, String stem, int count) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NodeSpec n = new NodeSpec(stem + "-" + (i + 1), kind);
            n.lat = Math.round((-40 + r.nextDouble() * 100) * 100) / 100.0;
            n.lon = Math.round((-170 + r.nextDouble() * 340) * 100) / 100.0;
            n.x = MapProjection.x(n.lon);
            n.y = MapProjection.y(n.lat);
            s.topology.nodes.add(n);
            out.add(n);
        }
        return out;
    }

    private static void linkToNearest(Scenario s, List<NodeSpec> from, List<NodeSpec> to) {
        for (NodeSpec a : from) {
            NodeSpec best = to.get(0);
            for (NodeSpec b : to) {
                if (Math.hypot(a.x - b.x, a.y - b.y) < Math.hypot(a.x - best.x, a.y - best.y)) {
                    best = b;
                }
            }
            s.topology.links.add(new LinkSpec(a.name, best.name));
        }
    }
}
