package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps node names readable where nodes sit close together, the way a map does: each name goes below its
 * disc, or else above, right or left of it, in that order, wherever no disc or earlier name is in the way,
 * or is left out when every place is taken (hovering a node still shows its name in the tooltip). Origins
 * and shields are named first, then edges, then users, so the few nodes that matter most keep their names
 * in a crowded region. Works in screen coordinates on the visible nodes; it runs only while names are shown
 * at all, which is for a modest number of nodes in view, so the pairwise tests stay cheap.
 */
final class LabelPlacer {

    /** Height of a name's line, and the gap between disc and name, in screen pixels. */
    private static final double LINE = 16;

    private static final double GAP = 3;
    /** How close a neighbour's disc (with its ring) may come to a name. */
    private static final double DISC = NodeView.RADIUS + 4;

    private static final Comparator<NodeView> PRIORITY = Comparator.comparingInt(LabelPlacer::rank);

    private LabelPlacer() {}

    static void place(Collection<NodeView> views) {
        place(views, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, List.of());
    }

    /**
     * Places the names inside a view of {@code viewW} × {@code viewH} pixels: a place that would put part of
     * a name outside the view counts as taken (a name cut by the view's edge is worse than none), and so does
     * one under any of the {@code blocked} screen boxes {x0, y0, x1, y1} (the regions' titles).
     */
    static void place(Collection<NodeView> views, double viewW, double viewH, List<double[]> blocked) {
        List<NodeView> shown = new ArrayList<>();
        for (NodeView v : views) {
            if (v.isVisible()) {
                shown.add(v);
            }
        }
        shown.sort(PRIORITY);
        List<double[]> taken = new ArrayList<>(blocked);
        for (NodeView v : shown) {
            boolean placed = false;
            for (NodeView.LabelSpot spot : NodeView.LabelSpot.values()) {
                double[] b = box(v, spot);
                boolean inside = b[0] >= 0 && b[1] >= 0 && b[2] <= viewW && b[3] <= viewH;
                if (inside && free(b, v, shown, taken)) {
                    v.setLabelSpot(spot);
                    taken.add(b);
                    placed = true;
                    break;
                }
            }
            // Set once, to its final value: a name switched off and on again in every pass would mark the
            // node changed and ask for another pass, for ever.
            v.setLabelVisible(placed);
        }
    }

    private static int rank(NodeView v) {
        NodeKind k = v.node().kind;
        if (k == null) {
            return 4;
        }
        return switch (k) {
            case ORIGIN -> 0;
            case SHIELD -> 1;
            case STEERING -> 2;
            case EDGE -> 3;
            case USERS -> 4;
        };
    }

    /** The screen box {x0, y0, x1, y1} of v's name at {@code spot}. */
    private static double[] box(NodeView v, NodeView.LabelSpot spot) {
        double x = v.getLayoutX();
        double y = v.getLayoutY();
        double w = v.labelWidth();
        double r = NodeView.RADIUS;
        double right = x + r + NodeView.RIGHT_GAP;
        double left = x - r - NodeView.LEFT_GAP;
        return switch (spot) {
            case BELOW -> new double[] {x - w / 2, y + r + GAP, x + w / 2, y + r + GAP + LINE};
            case ABOVE -> new double[] {x - w / 2, y - r - GAP - LINE, x + w / 2, y - r - GAP};
            case RIGHT -> new double[] {right, y - LINE / 2, right + w, y + LINE / 2};
            case LEFT -> new double[] {left - w, y - LINE / 2, left, y + LINE / 2};
        };
    }

    /** Whether the box is clear of every other shown node's disc and of every name placed so far. */
    private static boolean free(double[] b, NodeView v, List<NodeView> shown, List<double[]> taken) {
        for (double[] t : taken) {
            if (b[0] < t[2] && t[0] < b[2] && b[1] < t[3] && t[1] < b[3]) {
                return false;
            }
        }
        for (NodeView u : shown) {
            if (u == v) {
                continue;
            }
            double cx = Math.max(b[0], Math.min(u.getLayoutX(), b[2]));
            double cy = Math.max(b[1], Math.min(u.getLayoutY(), b[3]));
            double dx = u.getLayoutX() - cx;
            double dy = u.getLayoutY() - cy;
            if (dx * dx + dy * dy < DISC * DISC) {
                return false;
            }
        }
        return true;
    }
}
