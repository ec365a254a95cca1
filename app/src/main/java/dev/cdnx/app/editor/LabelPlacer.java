package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps node names readable where nodes sit close together, the way a map does: each name goes below its
 * disc, or else above, right or left of it, in that order, wherever no disc or earlier name is in the way.
 * A name with none of those places free (the users and edges of one city stacked on each other) then goes
 * further out, in rings around its disc, tied to it by a leader line; it is left out only when every place
 * is taken (hovering a node still shows its name in the tooltip). Origins
 * and shields are named first, then edges, then users, so the few nodes that matter most keep their names
 * in a crowded region. Works in screen coordinates on the visible nodes; it runs only while names are shown
 * at all, which is for a modest number of nodes in view, so the pairwise tests stay cheap.
 */
final class LabelPlacer {

    /** Height of a name's line, and the gap between disc and name, in screen pixels. */
    private static final double LINE = 16;

    private static final double GAP = 3;
    /** Rings of places for a name set apart, each {@link #STEP} pixels further out than the last. */
    private static final int RINGS = 8;

    private static final double STEP = 14;
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
        List<NodeView> crowded = new ArrayList<>();
        for (NodeView v : shown) {
            if (!besideTheDisc(v, viewW, viewH, shown, taken)) {
                crowded.add(v);
            }
        }
        // Only then the names that found no room beside their discs, in rings further out: a name set apart
        // first would take the place beside a later node's disc.
        for (NodeView v : crowded) {
            // Set once, to its final value: a name switched off and on again in every pass would mark the
            // node changed and ask for another pass, for ever.
            v.setLabelVisible(apart(v, viewW, viewH, shown, taken, blocked.size()));
        }
    }

    private static boolean besideTheDisc(
            NodeView v, double viewW, double viewH, List<NodeView> shown, List<double[]> taken) {
        for (NodeView.LabelSpot spot : NodeView.LabelSpot.values()) {
            double[] b = box(v, spot);
            if (inside(b, viewW, viewH) && free(b, v, shown, taken)) {
                v.setLabelSpot(spot);
                v.setLabelVisible(true);
                taken.add(b);
                return true;
            }
        }
        return false;
    }

    /**
     * Sets v's name apart from its disc at the first free place in the rings around it (below, above, the
     * sides, then the corners; ring by ring outwards), where its leader line crosses no name placed so far
     * (the names follow the {@code firstName} boxes kept clear; a line may cross a region's title), else at
     * the first free place whatever its line crosses.
     */
    private static boolean apart(
            NodeView v, double viewW, double viewH, List<NodeView> shown, List<double[]> taken, int firstName) {
        double x = v.getLayoutX();
        double y = v.getLayoutY();
        double w = v.labelWidth();
        // First where the leader crosses no name; failing that, where it does (a thin line over a name
        // still reads better than a node without one: users-chicago in multi-cdn).
        for (int pass = 0; pass < 2 * RINGS; pass++) {
            int ring = pass % RINGS + 1;
            boolean crossingAllowed = pass >= RINGS;
            double g = NodeView.RADIUS + GAP + ring * STEP;
            double d = g * Math.sqrt(0.5);
            double[][] places = {
                {x - w / 2, y + g},
                {x - w / 2, y - g - LINE},
                {x + g, y - LINE / 2},
                {x - g - w, y - LINE / 2},
                {x + d, y + d},
                {x + d, y - d - LINE},
                {x - d - w, y + d},
                {x - d - w, y - d - LINE}
            };
            for (double[] p : places) {
                double[] b = {p[0], p[1], p[0] + w, p[1] + LINE};
                if (inside(b, viewW, viewH)
                        && free(b, v, shown, taken)
                        && (crossingAllowed || leaderClear(x, y, b, taken.subList(firstName, taken.size())))) {
                    v.setLabelApart(p[0] - x, p[1] - y);
                    taken.add(b);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(double[] b, double viewW, double viewH) {
        return b[0] >= 0 && b[1] >= 0 && b[2] <= viewW && b[3] <= viewH;
    }

    /** Whether the line from the disc's centre to the nearest point of box b crosses none of the names taken. */
    private static boolean leaderClear(double x, double y, double[] b, List<double[]> taken) {
        double nx = Math.max(b[0], Math.min(x, b[2]));
        double ny = Math.max(b[1], Math.min(y, b[3]));
        for (double[] t : taken) {
            if (crosses(x, y, nx, ny, t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment (x0, y0)–(x1, y1) passes through box t (clipped against its four sides). */
    private static boolean crosses(double x0, double y0, double x1, double y1, double[] t) {
        double lo = 0;
        double hi = 1;
        double[] p = {-(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0};
        double[] q = {x0 - t[0], t[2] - x0, y0 - t[1], t[3] - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, r);
                } else {
                    hi = Math.min(hi, r);
                }
            }
        }
        return lo < hi;
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
