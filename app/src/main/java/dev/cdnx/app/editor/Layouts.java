package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure placement computations: snapping, aligning, layout by tier, back onto the map. */
public final class Layouts {

    /** How nodes can be lined up. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT,
        TOP,
        MIDDLE,
        BOTTOM
    }

    private Layouts() {}

    public static double snap(double v, double grid) {
        return grid <= 0 ? v : Math.round(v / grid) * grid;
    }

    public static Map<NodeSpec, double[]> align(List<NodeSpec> nodes, Align how) {
        Map<NodeSpec, double[]> out = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return out;
        }
        double minX = nodes.stream().mapToDouble(n -> n.x).min().orElse(0);
        double maxX = nodes.stream().mapToDouble(n -> n.x).max().orElse(0);
        double minY = nodes.stream().mapToDouble(n -> n.y).min().orElse(0);
        double maxY = nodes.stream().mapToDouble(n -> n.y).max().orElse(0);
        for (NodeSpec n : nodes) {
            double x = n.x;
            double y = n.y;
            switch (how) {
                case LEFT -> x = minX;
                case CENTER -> x = (minX + maxX) / 2;
                case RIGHT -> x = maxX;
                case TOP -> y = minY;
                case MIDDLE -> y = (minY + maxY) / 2;
                case BOTTOM -> y = maxY;
                default -> {}
            }
            out.put(n, new double[] {x, y});
        }
        return out;
    }

    /**
     * Columns by tier, left to right: users, steering, edges, shields, origins; each column spread
     * evenly over the world's height and sorted by the nodes' current height, so the drawing keeps its
     * north-to-south order.
     */
    public static Map<NodeSpec, double[]> byTier(List<NodeSpec> nodes) {
        Map<NodeKind, List<NodeSpec>> tiers = new EnumMap<>(NodeKind.class);
        for (NodeSpec n : nodes) {
            if (n.kind != null) {
                tiers.computeIfAbsent(n.kind, k -> new ArrayList<>()).add(n);
            }
        }
        NodeKind[] order = {NodeKind.USERS, NodeKind.STEERING, NodeKind.EDGE, NodeKind.SHIELD, NodeKind.ORIGIN};
        double[] columns = {250, 600, 950, 1350, 1750};
        Map<NodeSpec, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < order.length; c++) {
            List<NodeSpec> tier = new ArrayList<>(tiers.getOrDefault(order[c], List.of()));
            tier.sort(Comparator.comparingDouble((NodeSpec n) -> n.y).thenComparing(n -> n.name));
            double gap = Math.min(120, 900.0 / Math.max(1, tier.size()));
            double top = 500 - gap * (tier.size() - 1) / 2;
            for (int i = 0; i < tier.size(); i++) {
                out.put(tier.get(i), new double[] {columns[c], top + i * gap});
            }
        }
        return out;
    }

    /** Canvas positions from lat/lon, for the nodes that have them. */
    public static Map<NodeSpec, double[]> onMap(List<NodeSpec> nodes) {
        Map<NodeSpec, double[]> out = new LinkedHashMap<>();
        for (NodeSpec n : nodes) {
            if (n.hasGeo()) {
                out.put(n, new double[] {MapProjection.x(n.lon), MapProjection.y(n.lat)});
            }
        }
        return out;
    }
}
