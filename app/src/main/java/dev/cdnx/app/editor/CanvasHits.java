package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.PickResult;

/** What a pointer position on the canvas touches: a node's disc or a link's line, in screen pixels. */
final class CanvasHits {

    private CanvasHits() {}

    /** The node view whose disc is under a point of this canvas, or null. */
    static NodeView nodeAt(CanvasView c, double sx, double sy) {
        Viewport vp = c.viewModel().viewport();
        NodeView best = null;
        double bestD = NodeView.RADIUS + 6;
        for (NodeView v : c.nodeViews()) {
            Point2D p = vp.toScreen(c.drawX(v.node()), c.drawY(v.node()));
            double d = p.distance(sx, sy);
            if (d <= bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    /**
     * The live node view whose disc or port the pointer is over, as the scene picked it, or null. The hover
     * of a large drawing goes by this first: the port sits on the rim of {@link #nodeAt}'s reach (its centre
     * {@code RADIUS + 6} from the node's), so by the disc test alone the pointer left the node half-way onto
     * its port, the node went back to being painted, and its port could not be grabbed there.
     */
    static NodeView liveViewPicked(PickResult pick) {
        Node n = pick == null ? null : pick.getIntersectedNode();
        while (n != null && !(n instanceof NodeView)) {
            n = n.getParent();
        }
        return n == null || !n.isVisible() ? null : (NodeView) n;
    }

    /** The link drawn under a point of this region (within a few pixels), or null. */
    static LinkSpec linkAt(CanvasView c, double sx, double sy) {
        Viewport vp = c.viewModel().viewport();
        for (LinkSpec l : c.viewModel().scenario().topology.links) {
            NodeSpec a = c.nodeNamed(l.from);
            NodeSpec b = c.nodeNamed(l.to);
            if (a == null || b == null) {
                continue;
            }
            Point2D p = vp.toScreen(c.drawX(a), c.drawY(a));
            Point2D q = vp.toScreen(c.drawX(b), c.drawY(b));
            if (distanceToSegment(sx, sy, p, q) < 5) {
                return l;
            }
        }
        return null;
    }

    private static double distanceToSegment(double x, double y, Point2D p, Point2D q) {
        double dx = q.getX() - p.getX();
        double dy = q.getY() - p.getY();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - p.getX()) * dx + (y - p.getY()) * dy) / len2));
        return Math.hypot(x - (p.getX() + t * dx), y - (p.getY() + t * dy));
    }
}
