package dev.cdnx.app.run;

import dev.cdnx.app.editor.RasterUnderlay;
import dev.cdnx.model.scenario.NodeKind;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A plain drawing of nodes and links in world coordinates for the preview and the benchmark, standing in
 * for the editor's canvas (which the shell provides). One canvas, painted once per restart; while a run
 * plays, the run's raster may carry its picture instead ({@link #underlay()}).
 */
final class WorldBackdrop extends Canvas {

    private static final double MARGIN = 40;

    private RunGeometry geometry;
    private boolean labels;
    private long version;

    void paint(RunGeometry g, boolean labels) {
        geometry = g;
        this.labels = labels;
        version++;
        double w = g.maxX - g.minX + 2 * MARGIN;
        double h = g.maxY - g.minY + 2 * MARGIN;
        setWidth(w);
        setHeight(h);
        setLayoutX(g.minX - MARGIN);
        setLayoutY(g.minY - MARGIN);
        GraphicsContext c = getGraphicsContext2D();
        c.setTransform(1, 0, 0, 1, 0, 0);
        c.clearRect(0, 0, w, h);
        c.translate(-(g.minX - MARGIN), -(g.minY - MARGIN));
        draw(c, g, labels);
    }

    /**
     * The same picture for the run's raster to carry (see {@link RasterUnderlay}): drawn again at the raster's
     * scale and origin on a canvas off screen; this canvas hides while the raster carries it.
     */
    RasterUnderlay underlay() {
        return new RasterUnderlay() {
            @Override
            public long version() {
                return version;
            }

            @Override
            public boolean paint(int[] argbPre, int width, int height, double ox, double oy, double scale) {
                if (geometry == null) {
                    return false;
                }
                Canvas off = new Canvas(width, height);
                GraphicsContext c = off.getGraphicsContext2D();
                c.setTransform(scale, 0, 0, scale, -ox * scale, -oy * scale);
                draw(c, geometry, labels);
                SnapshotParameters sp = new SnapshotParameters();
                sp.setFill(Color.TRANSPARENT);
                WritableImage image = off.snapshot(sp, null);
                image.getPixelReader()
                        .getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argbPre, 0, width);
                return true;
            }

            @Override
            public void carried(boolean carried) {
                setVisible(!carried);
            }
        };
    }

    /** The ground, links and nodes in world coordinates (the context's transform places them). */
    private static void draw(GraphicsContext c, RunGeometry g, boolean labels) {
        c.setFill(Color.web("#1b1f24"));
        c.fillRect(g.minX - MARGIN, g.minY - MARGIN, g.maxX - g.minX + 2 * MARGIN, g.maxY - g.minY + 2 * MARGIN);
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
