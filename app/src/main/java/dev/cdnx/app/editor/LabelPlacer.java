package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps node names readable where nodes sit close together, the way a map does: each name goes below its
 * disc, or above it when a disc or an earlier name is in the way below, or is left out when both places
 * are taken (hovering a node still shows its name in the tooltip). Origins and shields are named first,
 * then edges, then users, so the few nodes that matter most keep their names in a crowded region. Works in
 * screen coordinates on the visible nodes; it runs only while names are shown at all, which is for a
 * modest number of nodes in view, so the pairwise tests stay cheap.
 */
final class LabelPlacer {

    /** Height of a name's line, and the gap between disc and name, in screen pixels. */
    private static final double LINE = 16;
    private static final double GAP = 3;
    /** How close a neighbour's disc (with its ring) may come to a name. */
    private static final double DISC = NodeView.RADIUS + 4;

    private static final Comparator<NodeView> PRIORITY = Comparator.comparingInt(LabelPlacer::rank);

    private LabelPlacer() {
    }

    static void place(Collection<NodeView> views) {
        List<NodeView> shown = new ArrayList<>();
        for (NodeView v : views) {
            if (v.isVisible()) {
                shown.add(v);
            }
        }
        shown.sort(PRIORITY);
        List<double[]> taken = new ArrayList<>();
        for (NodeView v : shown) {
            double[] below = box(v, false);
            double[] above = box(v, true);
            if (free(below, v, shown, taken)) {
                v.setLabelAbove(false);
                v.setLabelVisible(true);
                taken.add(below);
            } else if (free(above, v, shown, taken)) {
                v.setLabelAbove(true);
                v.setLabelVisible(true);
                taken.add(above);
            } else {
                v.setLabelVisible(false);
            }
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

    /** The screen box {x0, y0, x1, y1} of v's name placed above or below v. */
    private static double[] box(NodeView v, boolean above) {
        double half = v.labelWidth() / 2;
        double y0 = above ? v.getLayoutY() - NodeView.RADIUS - GAP - LINE : v.getLayoutY() + NodeView.RADIUS + GAP;
        return new double[] {v.getLayoutX() - half, y0, v.getLayoutX() + half, y0 + LINE};
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
