package dev.cdnx.app.lessons;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The preview's stand-in for the shell's canvas: the scenario's nodes and links at their positions,
 * fitted to the pane, with the highlighted node ringed. Only {@link LessonsPreviewApp} uses it.
 */
final class PreviewCanvas extends Pane {

    private final Group drawing = new Group();
    private Scenario scenario;
    private String highlighted;

    PreviewCanvas() {
        getChildren().add(drawing);
        setMinSize(200, 200);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /** The group holding what is drawn (for PNG export and GIF recording). */
    Group drawing() {
        return drawing;
    }

    void show(Scenario s, String highlightNode) {
        scenario = s;
        highlighted = highlightNode;
        redraw();
    }

    private void redraw() {
        drawing.getChildren().clear();
        if (scenario == null || scenario.topology.nodes.isEmpty() || getWidth() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeSpec n : scenario.topology.nodes) {
            minX = Math.min(minX, n.x);
            maxX = Math.max(maxX, n.x);
            minY = Math.min(minY, n.y);
            maxY = Math.max(maxY, n.y);
        }
        double pad = 60;
        double sx = (getWidth() - 2 * pad) / Math.max(1, maxX - minX);
        double sy = (getHeight() - 2 * pad) / Math.max(1, maxY - minY);
        double s = Math.min(sx, sy);
        final double x0 = minX;
        final double y0 = minY;
        Map<String, double[]> at = new HashMap<>();
        for (NodeSpec n : scenario.topology.nodes) {
            at.put(n.name, new double[] {pad + (n.x - x0) * s, pad + (n.y - y0) * s});
        }
        for (LinkSpec l : scenario.topology.links) {
            double[] a = at.get(l.from);
            double[] b = at.get(l.to);
            if (a != null && b != null) {
                Line line = new Line(a[0], a[1], b[0], b[1]);
                line.setStroke(Color.web("#9a9a9a"));
                drawing.getChildren().add(line);
            }
        }
        boolean labels = scenario.topology.nodes.size() <= 40;
        for (NodeSpec n : scenario.topology.nodes) {
            double[] p = at.get(n.name);
            boolean hot = n.name.equals(highlighted);
            Circle c = new Circle(p[0], p[1], labels ? 9 : 4, colour(n.kind));
            if (hot) {
                Circle ring = new Circle(p[0], p[1], 18, Color.TRANSPARENT);
                ring.setStroke(Color.web("#E69F00"));
                ring.setStrokeWidth(4);
                drawing.getChildren().add(ring);
            }
            drawing.getChildren().add(c);
            if (labels || hot) {
                Text t = new Text(p[0] + 12, p[1] + 4, n.name);
                t.setFill(Color.web("#303030"));
                drawing.getChildren().add(t);
            }
        }
    }

    private static Color colour(dev.cdnx.model.scenario.NodeKind kind) {
        return Color.web(
                switch (kind) {
                    case USERS -> "#0072B2";
                    case EDGE -> "#009E73";
                    case SHIELD -> "#CC79A7";
                    case ORIGIN -> "#D55E00";
                    case STEERING -> "#E69F00";
                });
    }
}
