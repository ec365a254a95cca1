package dev.cdnx.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps node names readable where nodes sit close together (users beside their edge): a name goes
 * below its disc unless another node's disc would cover it there and the space above is clear. Works in
 * screen coordinates on the visible nodes only; called when names are shown, which is only for a
 * modest number of nodes in view, so the pairwise test stays cheap.
 */
final class LabelPlacer {

    /** Height of a name's line, and the gap between disc and name, in screen pixels. */
    private static final double LINE = 16;
    private static final double GAP = 3;
    /** How close a neighbour's disc (with its ring) may come to a name. */
    private static final double DISC = NodeView.RADIUS + 4;

    private LabelPlacer() {
    }

    static void place(Collection<NodeView> views) {
        List<NodeView> shown = new ArrayList<>();
        for (NodeView v : views) {
            if (v.isVisible()) {
                shown.add(v);
            }
        }
        for (NodeView v : shown) {
            boolean coveredBelow = covered(v, shown, false);
            v.setLabelAbove(coveredBelow && !covered(v, shown, true));
        }
    }

    /** Whether another shown node's disc overlaps v's name placed above or below v. */
    private static boolean covered(NodeView v, List<NodeView> shown, boolean above) {
        double half = v.labelWidth() / 2;
        double x0 = v.getLayoutX() - half;
        double x1 = v.getLayoutX() + half;
        double y0 = above ? v.getLayoutY() - NodeView.RADIUS - GAP - LINE : v.getLayoutY() + NodeView.RADIUS + GAP;
        double y1 = y0 + LINE;
        for (NodeView u : shown) {
            if (u == v) {
                continue;
            }
            double cx = Math.max(x0, Math.min(u.getLayoutX(), x1));
            double cy = Math.max(y0, Math.min(u.getLayoutY(), y1));
            double dx = u.getLayoutX() - cx;
            double dy = u.getLayoutY() - cy;
            if (dx * dx + dy * dy < DISC * DISC) {
                return true;
            }
        }
        return false;
    }
}
