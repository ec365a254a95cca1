package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Rectangle2D;

/**
 * Zoom to fit for marks that keep their size on screen. A node's disc, ring, port and name are measured in
 * screen pixels whatever the zoom, so a margin in world units (what a plain fit of the nodes' bounding box
 * adds) shrinks with the zoom: at the 34 % that fits hello-cdn into 1024 × 700, forty world units were
 * fourteen pixels and the leftmost name was cut in half. Here each node brings its own extent in pixels
 * around its centre, and the zoom is the largest at which every extent lies inside the area.
 */
final class ScreenFit {

    /** The zoom and the translation that show every mark inside the area, centred in it. */
    record Result(double scale, double tx, double ty) {}

    private ScreenFit() {}

    /**
     * The zoom and pan that show every node whole: its disc with ring and port, and its name centred below
     * it where that is wider (the label placer keeps names inside the view, moving one or leaving it out).
     */
    static Result fitNodes(List<NodeSpec> nodes, Rectangle2D area, ToDoubleFunction<NodeSpec> nameWidth) {
        int k = nodes.size();
        double[] xs = new double[k];
        double[] ys = new double[k];
        double[] side = new double[k];
        double[] up = new double[k];
        double[] down = new double[k];
        for (int i = 0; i < k; i++) {
            NodeSpec n = nodes.get(i);
            xs[i] = n.x;
            ys[i] = n.y;
            side[i] = Math.max(NodeView.RADIUS + 12, nameWidth.applyAsDouble(n) / 2) + 4;
            up[i] = NodeView.RADIUS + 8;
            down[i] = NodeView.RADIUS + 24;
        }
        return fit(xs, ys, side, side, up, down, area, Viewport.MIN_SCALE, Math.min(Viewport.MAX_SCALE, 1.5));
    }

    /**
     * @param xs, ys the marks' centres in world units
     * @param left, right, up, down how far each mark reaches from its centre, in screen pixels
     * @param area the part of the view the marks must stay in (screen pixels)
     */
    static Result fit(
            double[] xs,
            double[] ys,
            double[] left,
            double[] right,
            double[] up,
            double[] down,
            Rectangle2D area,
            double minScale,
            double maxScale) {
        double sx = largestScale(xs, left, right, area.getWidth(), minScale, maxScale);
        double sy = largestScale(ys, up, down, area.getHeight(), minScale, maxScale);
        double s = Math.min(sx, sy);
        double tx = area.getMinX() + (area.getWidth() - span(xs, left, right, s)) / 2 - low(xs, left, s);
        double ty = area.getMinY() + (area.getHeight() - span(ys, up, down, s)) / 2 - low(ys, up, s);
        return new Result(s, tx, ty);
    }

    /** The largest scale in [min, max] at which the marks' span along one axis fits {@code room}. */
    private static double largestScale(double[] c, double[] lo, double[] hi, double room, double min, double max) {
        if (span(c, lo, hi, max) <= room) {
            return max;
        }
        if (span(c, lo, hi, min) >= room) {
            return min;
        }
        // The span grows with the scale (it is a maximum of lines in s with slopes ≥ 0): bisect.
        double a = min;
        double b = max;
        for (int i = 0; i < 60; i++) {
            double m = (a + b) / 2;
            if (span(c, lo, hi, m) <= room) {
                a = m;
            } else {
                b = m;
            }
        }
        return a;
    }

    /** Screen pixels from the lowest reach of any mark to the highest, at scale {@code s}. */
    private static double span(double[] c, double[] lo, double[] hi, double s) {
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            top = Math.max(top, c[i] * s + hi[i]);
        }
        return top - low(c, lo, s);
    }

    private static double low(double[] c, double[] lo, double s) {
        double bottom = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            bottom = Math.min(bottom, c[i] * s - lo[i]);
        }
        return bottom;
    }
}
