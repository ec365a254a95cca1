package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alignment guides and equal spacing while nodes are dragged, and Distribute. Pure computations in world
 * units: given where the dragged node would land and where the other nodes are, {@link #snap} pulls it onto
 * another node's centre line (vertical or horizontal) when it is within a tolerance, or onto the spot that
 * repeats the gap between two nodes of its row or column, and says which guide lines to draw.
 */
public final class Guides {

    /** A guide to draw: a segment in world units; {@code spacing} marks an equal-spacing guide. */
    public record Line(double x1, double y1, double x2, double y2, boolean spacing) {}

    /** Where the dragged node lands after snapping, and the guides that explain it. */
    public record Snap(double x, double y, List<Line> lines) {
        public double dx(double fromX) {
            return x - fromX;
        }
    }

    private Guides() {}

    /**
     * Snaps a point (the dragged node's centre) to the others within {@code tolerance} (world units): on
     * each axis separately, to a centre line or to equal spacing with the two nearest nodes in line.
     */
    public static Snap snap(double x, double y, List<double[]> others, double tolerance) {
        List<Line> lines = new ArrayList<>();
        double sx = x;
        double sy = y;
        double[] vx = nearestCentre(x, others, 0, tolerance);
        if (vx != null) {
            sx = vx[0];
        }
        double[] hy = nearestCentre(y, others, 1, tolerance);
        if (hy != null) {
            sy = hy[1];
        }
        if (vx == null) {
            Double spaced = equalSpacing(x, sy, others, 0, tolerance);
            if (spaced != null) {
                sx = spaced;
            }
        }
        if (hy == null) {
            Double spaced = equalSpacing(y, sx, others, 1, tolerance);
            if (spaced != null) {
                sy = spaced;
            }
        }
        if (vx != null) {
            lines.add(new Line(sx, Math.min(sy, vx[1]) - 40, sx, Math.max(sy, vx[1]) + 40, false));
        }
        if (hy != null) {
            lines.add(new Line(Math.min(sx, hy[0]) - 40, sy, Math.max(sx, hy[0]) + 40, sy, false));
        }
        if (vx == null && sx != x) {
            lines.add(new Line(sx, sy - 30, sx, sy + 30, true));
        }
        if (hy == null && sy != y) {
            lines.add(new Line(sx - 30, sy, sx + 30, sy, true));
        }
        return new Snap(sx, sy, lines);
    }

    /** The other point whose coordinate {@code axis} is nearest to {@code v}, within tolerance; or null. */
    private static double[] nearestCentre(double v, List<double[]> others, int axis, double tolerance) {
        double[] best = null;
        double bestD = tolerance;
        for (double[] o : others) {
            double d = Math.abs(o[axis] - v);
            if (d <= bestD) {
                bestD = d;
                best = o;
            }
        }
        return best;
    }

    /**
     * Along {@code axis}, the position that makes the gap to the nearest node in line (same other
     * coordinate, within tolerance) equal the gap between that node and the next one beyond it; null when
     * none is within tolerance.
     */
    private static Double equalSpacing(double v, double across, List<double[]> others, int axis, double tolerance) {
        int other = 1 - axis;
        List<Double> row = others.stream()
                .filter(o -> Math.abs(o[other] - across) <= tolerance)
                .map(o -> o[axis])
                .sorted()
                .toList();
        Double best = null;
        double bestD = tolerance;
        for (int i = 0; i + 1 < row.size(); i++) {
            double a = row.get(i);
            double b = row.get(i + 1);
            double gap = b - a;
            if (gap <= 0) {
                continue;
            }
            for (double candidate : new double[] {b + gap, a - gap}) {
                double d = Math.abs(candidate - v);
                if (d <= bestD) {
                    bestD = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * Spreads nodes evenly between the two outermost along an axis (0 horizontal, 1 vertical), keeping
     * their order; the outermost stay where they are. Fewer than three nodes stay as they are.
     */
    public static Map<NodeSpec, double[]> distribute(List<NodeSpec> nodes, int axis) {
        Map<NodeSpec, double[]> out = new LinkedHashMap<>();
        if (nodes.size() < 3) {
            return out;
        }
        List<NodeSpec> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingDouble(n -> axis == 0 ? n.x : n.y));
        double first = axis == 0 ? sorted.get(0).x : sorted.get(0).y;
        double last = axis == 0 ? sorted.get(sorted.size() - 1).x : sorted.get(sorted.size() - 1).y;
        double step = (last - first) / (sorted.size() - 1);
        for (int i = 0; i < sorted.size(); i++) {
            NodeSpec n = sorted.get(i);
            double at = first + i * step;
            out.put(n, axis == 0 ? new double[] {at, n.y} : new double[] {n.x, at});
        }
        return out;
    }
}
