package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.scenario.NodeKind;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;

/**
 * The live run drawn in WORLD coordinates (the same as {@code NodeSpec.x/y}): put it inside the canvas's
 * zoom/pan group above the links and nodes. It paints the moving request dots, miss and error flashes and
 * the followed request into one pixel buffer per frame ({@link DotRaster}), and the per-node gauges (cache
 * fill, hit ratio, push coverage, down), the origin load meters into a canvas redrawn a few times a second.
 * Both are rendered at the zoom's pixel density, so dots stay crisp when zoomed. Clicking a dot follows
 * its request; the rest of the overlay lets clicks through to the editor.
 */
public final class RunOverlay extends Group {

    public static final String STYLE_CLASS = "run-overlay";
    private static final double MARGIN = 40;
    private static final long MAX_PIXELS = 8_000_000L;
    private static final long GAUGE_NANOS = 100_000_000L;

    private final RunViewModel vm;
    private final ImageView dotsView = new ImageView();
    private final Canvas gauges = new Canvas(1, 1);
    private final ThemeColors colors;
    private DotRaster raster;
    private RunGeometry geo;
    private double scale = 1;
    private double ox;
    private double oy;
    private boolean gaugesDirty = true;
    private boolean colorsRead;
    private long lastGauges;

    public RunOverlay(RunViewModel vm) {
        this.vm = vm;
        getStyleClass().add(STYLE_CLASS);
        setId("run-overlay");
        setAutoSizeChildren(false);
        gauges.setMouseTransparent(true);
        dotsView.setSmooth(false);
        dotsView.setPickOnBounds(false);
        getChildren().addAll(gauges, dotsView);
        colors = new ThemeColors(this, getChildren());
        getStylesheets().add(RunStyles.STYLESHEET);
        dotsView.setOnMouseClicked(e -> {
            long id = vm.dots.pick(e.getX() / scale + ox, e.getY() / scale + oy, 6 / scale + 3);
            if (id >= 0) {
                vm.follow(id);
                e.consume();
            }
        });
        vm.snapshotProperty().addListener((o, a, b) -> gaugesDirty = true);
        vm.geometryProperty().addListener((o, a, b) -> {
            geo = b;
            raster = null;
        });
        geo = vm.geometryProperty().get();
        vm.addFrameListener(this::frame);
        vm.startPulses();
    }

    /** Paints one frame (called by the view-model after every pulse). */
    void frame() {
        if (geo == null) {
            return;
        }
        if (!colorsRead && getScene() != null) {
            colors.refresh();
            colorsRead = true;
        }
        long now = System.nanoTime();
        boolean idle = !vm.isPlaying() && vm.drawnDotsProperty().get() == 0;
        // Layers the size of the whole drawing cost a resample every frame while the editor pans or
        // zooms: show them only when they carry something.
        dotsView.setVisible(!idle);
        gauges.setVisible(vm.simTimeProperty().get() > 0);
        if (idle && raster != null && !gaugesDirty) {
            // Nothing moves: keep the last picture (the group's transform follows pan and zoom) and
            // leave the frame budget to the editor.
            return;
        }
        ensureRaster();
        raster.paint(vm.dots, geo, ox, oy, scale, now, vm.followedId(), colors.dotArgb);
        if (gaugesDirty && now - lastGauges > GAUGE_NANOS) {
            paintGauges(vm.snapshotProperty().get());
            gaugesDirty = false;
            lastGauges = now;
        }
    }

    /** Asks for the gauges to be repainted at the next frame (at most ten times a second). */
    void invalidateGauges() {
        gaugesDirty = true;
    }

    String rasterSize() {
        return raster == null ? "none" : raster.width + "x" + raster.height + " px";
    }

    /**
     * Sizes the raster to the zoom's pixel density and lines its pixels up with the screen's, so the
     * renderer blits it without resampling (the cheap path under software rendering).
     */
    private void ensureRaster() {
        double zoom = 1;
        double tx = 0;
        double ty = 0;
        if (getScene() != null) {
            Transform t = getLocalToSceneTransform();
            zoom = Math.hypot(t.getMxx(), t.getMyx());
            tx = t.getTx();
            ty = t.getTy();
        }
        double w = geo.maxX - geo.minX + 2 * MARGIN;
        double h = geo.maxY - geo.minY + 2 * MARGIN;
        double s = Math.max(0.05, Math.min(zoom, 8));
        if (w * s * h * s > MAX_PIXELS) {
            s = Math.sqrt(MAX_PIXELS / (w * h));
        }
        int pw = (int) Math.ceil(w * s) + 1;
        int ph = (int) Math.ceil(h * s) + 1;
        // world point whose screen position is a whole pixel, just left of and above the drawing
        double nox = (Math.floor((geo.minX - MARGIN) * zoom + tx) - tx) / zoom;
        double noy = (Math.floor((geo.minY - MARGIN) * zoom + ty) - ty) / zoom;
        if (s != zoom) {
            nox = geo.minX - MARGIN;
            noy = geo.minY - MARGIN;
        }
        boolean resize = raster == null || raster.width != pw || raster.height != ph || Math.abs(s - scale) > 1e-9;
        if (!resize && nox == ox && noy == oy) {
            return;
        }
        scale = s;
        ox = nox;
        oy = noy;
        if (resize) {
            raster = new DotRaster(pw, ph);
            dotsView.setImage(raster.image);
            gauges.setWidth(pw);
            gauges.setHeight(ph);
        }
        dotsView.setLayoutX(ox);
        dotsView.setLayoutY(oy);
        dotsView.setFitWidth(pw / s);
        dotsView.setFitHeight(ph / s);
        gauges.getTransforms().setAll(new Affine(1 / s, 0, ox, 0, 1 / s, oy));
        gaugesDirty = true;
        lastGauges = 0;
    }

    private void paintGauges(LiveSnapshot snap) {
        GraphicsContext g = gauges.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, gauges.getWidth(), gauges.getHeight());
        if (snap == null) {
            return;
        }
        g.setTransform(scale, 0, 0, scale, -ox * scale, -oy * scale);
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (LiveSnapshot.NodeGauge n : snap.nodes()) {
            int i = geo.indexOf(n.name());
            if (i < 0) {
                continue;
            }
            double x = geo.x[i];
            double y = geo.y[i];
            NodeKind k = geo.kinds[i];
            if (k.caches()) {
                cacheGauge(g, x, y, n, geo.pushTarget[i] ? snap.pushCoverage() : -1);
            } else if (k == NodeKind.ORIGIN) {
                originMeter(g, x, y, n);
            }
            if (n.down()) {
                g.setStroke(colors.downColor);
                g.setLineWidth(3);
                g.strokeLine(x - 9, y - 9, x + 9, y + 9);
                g.strokeLine(x - 9, y + 9, x + 9, y - 9);
            }
        }
    }

    private void cacheGauge(GraphicsContext g, double x, double y, LiveSnapshot.NodeGauge n, double coverage) {
        double r = 13;
        if (coverage > 0) {
            g.setFill(colors.cover);
            g.fillArc(x - r + 3, y - r + 3, 2 * r - 6, 2 * r - 6, 90, -360 * coverage, ArcType.ROUND);
        }
        g.setLineWidth(2.5);
        g.setStroke(colors.track);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(colors.fill);
        g.strokeArc(x - r, y - r, 2 * r, 2 * r, 90, -360 * Math.min(1, n.fill()), ArcType.OPEN);
        double r2 = r + 4;
        if (n.requests() > 0) {
            g.setStroke(colors.hit);
            g.strokeArc(x - r2, y - r2, 2 * r2, 2 * r2, 90, -360 * n.hitRatio(), ArcType.OPEN);
        }
    }

    private void originMeter(GraphicsContext g, double x, double y, LiveSnapshot.NodeGauge n) {
        double w = 56;
        double h = 7;
        double top = y - 26;
        double conc = Math.max(1, n.originConcurrency());
        double load = Math.min(1, (n.originBusy() + n.originQueued()) / conc);
        g.setFill(colors.track);
        g.fillRect(x - w / 2, top, w, h);
        g.setFill(n.strained() ? colors.originStrained : colors.originOk);
        g.fillRect(x - w / 2, top, w * (n.strained() ? 1 : load), h);
        g.setFill(colors.text);
        String q = n.down() ? "  down" : n.strained() ? "  queued " + n.originQueued() : "";
        g.fillText(n.originBusy() + "/" + n.originConcurrency() + " busy" + q, x, top - 1);
    }
}
