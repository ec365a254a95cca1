package dev.cdnx.app.editor;

import dev.cdnx.app.theme.CanvasPaints;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * The overview in the corner: the whole world, each node a dot in its kind's colour, and the part the
 * canvas shows as a rectangle. Clicking or dragging in it centres the canvas there.
 */
final class Minimap extends javafx.scene.layout.Pane {

    static final double W = 200;
    static final double H = 100;

    /** Land and node dots: redrawn only when the drawing changes. */
    private final Canvas ground = new Canvas(W, H);
    /** The viewport rectangle: redrawn as the view moves. */
    private final Canvas frame = new Canvas(W, H);

    Minimap(Viewport vp, java.util.function.DoubleSupplier viewW, java.util.function.DoubleSupplier viewH) {
        getChildren().addAll(ground, frame);
        setPrefSize(W, H);
        setMaxSize(W, H);
        setId("minimap");
        setOnMousePressed(e -> centre(vp, e.getX(), e.getY(), viewW.getAsDouble(), viewH.getAsDouble()));
        setOnMouseDragged(e -> centre(vp, e.getX(), e.getY(), viewW.getAsDouble(), viewH.getAsDouble()));
    }

    private static void centre(Viewport vp, double mx, double my, double vw, double vh) {
        double wx = mx / W * MapProjection.WIDTH;
        double wy = my / H * MapProjection.HEIGHT;
        vp.txProperty().set(vw / 2 - wx * vp.scale());
        vp.tyProperty().set(vh / 2 - wy * vp.scale());
    }

    void paint(
            CanvasPaints paints,
            List<NodeSpec> nodes,
            Viewport vp,
            double viewW,
            double viewH,
            boolean contentChanged) {
        if (contentChanged) {
            paintGround(paints, nodes);
        }
        double k = W / MapProjection.WIDTH;
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        Point2D a = vp.toWorld(0, 0);
        Point2D b = vp.toWorld(viewW, viewH);
        g.setStroke(paints.get(CanvasPaints.Key.MINIMAP_VIEW));
        g.setLineWidth(1.5);
        g.strokeRect(a.getX() * k, a.getY() * k, (b.getX() - a.getX()) * k, (b.getY() - a.getY()) * k);
    }

    private void paintGround(CanvasPaints paints, List<NodeSpec> nodes) {
        GraphicsContext g = ground.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        g.setFill(paints.get(CanvasPaints.Key.MINIMAP_BG));
        g.fillRect(0, 0, W, H);
        double k = W / MapProjection.WIDTH;
        g.setFill(paints.get(CanvasPaints.Key.LAND));
        for (WorldMap.Ring r : WorldMap.get().rings()) {
            double[] b = r.bounds();
            if ((b[2] - b[0]) * k < 2 && (b[3] - b[1]) * k < 2) {
                continue;
            }
            double[] xs = new double[r.xs().length];
            double[] ys = new double[r.ys().length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = r.xs()[i] * k;
                ys[i] = r.ys()[i] * k;
            }
            g.fillPolygon(xs, ys, xs.length);
        }
        for (NodeSpec n : nodes) {
            g.setFill(paints.get(colour(n.kind)));
            g.fillRect(n.x * k - 1.5, n.y * k - 1.5, 3, 3);
        }
        g.setStroke(paints.get(CanvasPaints.Key.COAST));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, W - 1, H - 1);
    }

    static CanvasPaints.Key colour(NodeKind kind) {
        if (kind == null) {
            return CanvasPaints.Key.LINK;
        }
        return switch (kind) {
            case USERS -> CanvasPaints.Key.USERS;
            case EDGE -> CanvasPaints.Key.EDGE;
            case SHIELD -> CanvasPaints.Key.SHIELD;
            case ORIGIN -> CanvasPaints.Key.ORIGIN;
            case STEERING -> CanvasPaints.Key.STEERING;
        };
    }
}
