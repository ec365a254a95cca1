package dev.cdnx.app.run;

import dev.cdnx.model.scenario.NodeKind;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A plain drawing of nodes and links in world coordinates for the preview and the benchmark, standing in
 * for the editor's canvas (which the shell provides). One canvas, painted once per restart.
 */
final class WorldBackdrop extends Canvas {

    private static final double MARGIN = 40;

    void paint(RunGeometry g, boolean labels) {
        double w = g.maxX - g.minX + 2 * MARGIN;
        double h = g.maxY - g.minY + 2 * MARGIN;
        setWidth(w);
        setHeight(h);
        setLayoutX(g.minX - MARGIN);
        setLayoutY(g.minY - MARGIN);
        GraphicsContext c = getGraphicsContext2D();
        c.setTransform(1, 0, 0, 1, 0, 0);
        c.setFill(Color.web("#1b1f24"));
        c.fillRect(0, 0, w, h);
        c.translate(-(g.minX - MARGIN), -(g.minY - MARGIN));
        c.setStroke(Color.web("#3d4650"));
        c.setLineWidth(1);
        for (int i = 0; i < g.links(); i++) {
            c.strokeLine(g.x[g.linkFrom[i]], g.y[g.linkFrom[i]], g.x[g.linkTo[i]], g.y[g.linkTo[i]]);
        }
        c.setFont(Font.font(10));
        c.setTextAlign(TextAlignment.CENTER);
        c.setTextBaseline(VPos.TOP);
        for (int i = 0; i < g.size(); i++) {
            NodeKind k = g.kinds[i];
            double r = k == NodeKind.ORIGIN ? 10 : k == NodeKind.SHIELD ? 8 : k == NodeKind.EDGE ? 6 : 5;
            c.setFill(
                    switch (k) {
                        case USERS -> Color.web("#8a9199");
                        case EDGE -> Color.web("#c9d1d9");
                        case SHIELD -> Color.web("#a5b4fc");
                        case ORIGIN -> Color.web("#fbbf24");
                        default -> Color.web("#888888");
                    });
            if (k == NodeKind.USERS) {
                c.fillRect(g.x[i] - r, g.y[i] - r, 2 * r, 2 * r);
            } else {
                c.fillOval(g.x[i] - r, g.y[i] - r, 2 * r, 2 * r);
            }
            if (labels) {
                c.setFill(Color.web("#9aa4ae"));
                c.fillText(g.names[i], g.x[i], g.y[i] + r + 14);
            }
        }
    }
}
