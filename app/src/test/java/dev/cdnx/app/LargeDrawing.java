package dev.cdnx.app;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A drawing of 500 nodes for the tests (200 users, 280 edges, 16 shields, 4 origins), each tier on its
 * own band of the map in even rows, each node linked to one of the next tier. The tests' own fixture, so
 * that changing a benchmark's drawing cannot change what a test checks.
 */
final class LargeDrawing {

    private LargeDrawing() {
    }

    static Scenario fiveHundredNodes() {
        Scenario s = new Scenario();
        s.name = "Large drawing, 500 nodes";
        List<NodeSpec> origins = band(s, NodeKind.ORIGIN, "origin", 4, 0.15);
        List<NodeSpec> shields = band(s, NodeKind.SHIELD, "shield", 16, 0.3);
        List<NodeSpec> edges = band(s, NodeKind.EDGE, "edge", 280, 0.45);
        List<NodeSpec> users = band(s, NodeKind.USERS, "users", 200, 0.75);
        link(s, users, edges);
        link(s, edges, shields);
        link(s, shields, origins);
        return s;
    }

    /** {@code count} nodes in rows of at most 40 from {@code top} (a fraction of the map's height) down. */
    private static List<NodeSpec> band(Scenario s, NodeKind kind, String stem, int count, double top) {
        List<NodeSpec> out = new ArrayList<>();
        int perRow = Math.min(40, count);
        for (int i = 0; i < count; i++) {
            NodeSpec n = new NodeSpec(stem + "-" + (i + 1), kind);
            n.x = MapProjection.WIDTH * (i % perRow + 0.5) / perRow;
            n.y = MapProjection.HEIGHT * top + (i / perRow) * 24;
            s.topology.nodes.add(n);
            out.add(n);
        }
        return out;
    }

    private static void link(Scenario s, List<NodeSpec> from, List<NodeSpec> to) {
        for (int i = 0; i < from.size(); i++) {
            s.topology.links.add(new LinkSpec(from.get(i).name, to.get(i * to.size() / from.size()).name));
        }
    }
}
