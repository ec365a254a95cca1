package dev.cdnx.app.editor;

import dev.cdnx.app.theme.CanvasPaints;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws what lies under the nodes on one Canvas: sea, land, the grid when snapping, and the links
 * (typed RTTs solid, derived ones dashed, the selected one highlighted, an arrow towards upstream).
 */
final class BackdropPainter {

    private final double[] px = new double[4096];
    private final double[] py = new double[4096];

    /**
     * Paints a layer of size w × h where world (x, y) lands at (x·s + tx, y·s + ty). With {@code ground},
     * sea, land and grid first; then the links that {@code which} accepts.
     */
    void paint(
            GraphicsContext g,
            double w,
            double h,
            double s,
            double tx,
            double ty,
            CanvasPaints paints,
            boolean ground,
            boolean showMap,
            boolean grid,
            Iterable<LinkSpec> links,
            Map<String, NodeSpec> byName,
            PositionSource pos,
            LinkSpec selected,
            java.util.function.Predicate<LinkSpec> which) {
        g.clearRect(0, 0, w, h);
        if (ground) {
            g.setFill(paints.get(CanvasPaints.Key.SEA));
            g.fillRect(0, 0, w, h);
        }
        if (ground && showMap) {
            g.setFill(paints.get(CanvasPaints.Key.LAND));
            g.setStroke(paints.get(CanvasPaints.Key.COAST));
            g.setLineWidth(1);
            for (WorldMap.Ring r : WorldMap.get().rings()) {
                double[] b = r.bounds();
                if (b[2] * s + tx < 0 || b[0] * s + tx > w || b[3] * s + ty < 0 || b[1] * s + ty > h) {
                    continue;
                }
                int n = Math.min(r.xs().length, px.length);
                for (int i = 0; i < n; i++) {
                    px[i] = r.xs()[i] * s + tx;
                    py[i] = r.ys()[i] * s + ty;
                }
                g.fillPolygon(px, py, n);
                strokeCoast(g, px, py, n, MapProjection.WIDTH / 2 * s);
            }
        }
        if (ground && grid) {
            drawGrid(g, w, h, s, tx, ty, paints);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        for (LinkSpec l : links) {
            if (!which.test(l)) {
                continue;
            }
            NodeSpec a = byName.get(l.from);
            NodeSpec b = byName.get(l.to);
            if (a == null || b == null) {
                continue;
            }
            Point2D p = new Point2D(pos.x(a) * s + tx, pos.y(a) * s + ty);
            Point2D q = new Point2D(pos.x(b) * s + tx, pos.y(b) * s + ty);
            boolean sel = l == selected;
            g.setStroke(paints.get(
                    sel
                            ? CanvasPaints.Key.LINK_SELECTED
                            : l.rtt != null ? CanvasPaints.Key.LINK_TYPED : CanvasPaints.Key.LINK));
            g.setLineWidth(sel ? 3.5 : 1.6);
            g.setLineDashes(l.rtt == null && !sel ? 6 : 0);
            g.strokeLine(p.getX(), p.getY(), q.getX(), q.getY());
            g.setLineDashes(0);
            arrow(g, p, q);
        }
    }

    /**
     * Nodes as plain discs in their kind's colour (large drawings: only live nodes are scene-graph
     * views), with a dashed outline for nodes that have problems.
     */
    void paintNodes(
            GraphicsContext g,
            double s,
            double tx,
            double ty,
            double w,
            double h,
            CanvasPaints paints,
            Iterable<NodeSpec> nodes,
            java.util.function.Predicate<NodeSpec> skip,
            java.util.function.Predicate<NodeSpec> flagged) {
        double r = NodeView.RADIUS;
        g.setLineWidth(1.5);
        g.setLineDashes(0);
        for (NodeSpec n : nodes) {
            double x = n.x * s + tx;
            double y = n.y * s + ty;
            if (x < -r || y < -r || x > w + r || y > h + r || skip.test(n)) {
                continue;
            }
            g.setFill(paints.get(Minimap.colour(n.kind)));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(paints.get(CanvasPaints.Key.NODE_INK));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r / 2.5, y - r / 2.5, 2 * r / 2.5, 2 * r / 2.5);
            if (flagged.test(n)) {
                g.setStroke(paints.get(CanvasPaints.Key.PROBLEM));
                g.setLineDashes(4, 3);
                g.strokeOval(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12);
                g.setLineDashes(0);
            }
        }
    }

    /** The coastline, without the seams where a ring runs along the ±180° edge of the map. */
    private static void strokeCoast(GraphicsContext g, double[] xs, double[] ys, int n, double jump) {
        g.beginPath();
        g.moveTo(xs[0], ys[0]);
        for (int i = 1; i <= n; i++) {
            int k = i % n;
            int prev = i - 1;
            if (Math.abs(xs[k] - xs[prev]) > jump) {
                g.moveTo(xs[k], ys[k]);
            } else {
                g.lineTo(xs[k], ys[k]);
            }
        }
        g.stroke();
    }

    private static void arrow(GraphicsContext g, Point2D p, Point2D q) {
        double dx = q.getX() - p.getX();
        double dy = q.getY() - p.getY();
        double len = Math.hypot(dx, dy);
        if (len < NodeView.RADIUS * 3) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double tipX = q.getX() - ux * (NodeView.RADIUS + 4);
        double tipY = q.getY() - uy * (NodeView.RADIUS + 4);
        double bx = tipX - ux * 9;
        double by = tipY - uy * 9;
        g.strokeLine(tipX, tipY, bx - uy * 4.5, by + ux * 4.5);
        g.strokeLine(tipX, tipY, bx + uy * 4.5, by - ux * 4.5);
    }

    private static void drawGrid(
            GraphicsContext g, double w, double h, double s, double tx, double ty, CanvasPaints paints) {
        double step = EditorViewModel.GRID * s;
        while (step < 8) {
            step *= 5;
        }
        g.setStroke(paints.get(CanvasPaints.Key.GRID));
        g.setLineWidth(1);
        double x0 = ((tx % step) + step) % step;
        double y0 = ((ty % step) + step) % step;
        for (double x = x0; x < w; x += step) {
            g.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = y0; y < h; y += step) {
            g.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
    }

    /** Where a node is drawn (its model place, or its place in a drag that is not yet committed). */
    interface PositionSource {
        double x(NodeSpec n);

        double y(NodeSpec n);
    }
}
