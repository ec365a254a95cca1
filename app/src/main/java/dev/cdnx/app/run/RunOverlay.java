package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.scenario.NodeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;
import javafx.util.Subscription;

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
    /** Room around the drawing in screen pixels: the origin badge and its meter stand this far above a node. */
    private static final double MARGIN_PX = 110;

    private static final long MAX_PIXELS = 8_000_000L;
    private static final long GAUGE_NANOS = 100_000_000L;

    private final RunViewModel vm;
    /** The overlay paints on every pulse of the view-model until a benchmark takes the frames over. */
    private final Subscription framePulses;

    private final ImageView dotsView = new ImageView();
    private final Canvas gauges = new Canvas(1, 1);
    private final ThemeColors colors;
    private final NodeCounters counters = new NodeCounters();
    private Supplier<List<Rectangle2D>> nameBoxes = List::of;
    private final Map<String, Rectangle2D> badgeBoxes = new HashMap<>();
    /** The node under the pointer (its figures are shown), or -1. */
    private int hovered = -1;

    private final EventHandler<MouseEvent> hoverTracker = this::trackHover;
    private DotRaster raster;
    private RunGeometry geo;
    private double scale = 1;
    private double ox;
    private double oy;
    private boolean gaugesDirty = true;
    private final ReadOnlyBooleanWrapper aggregated = new ReadOnlyBooleanWrapper(this, "aggregated");
    private long lastGauges;
    private long gaugePaints;
    /** The zoom the gauges were last drawn for. */
    private double gaugeZoom = 1;

    public RunOverlay(RunViewModel vm) {
        this.vm = vm;
        getStyleClass().add(STYLE_CLASS);
        setId("run-overlay");
        setAutoSizeChildren(false);
        gauges.setMouseTransparent(true);
        dotsView.setSmooth(false);
        dotsView.setPickOnBounds(false);
        getChildren().addAll(gauges, dotsView);
        colors = new ThemeColors(getChildren());
        getStylesheets().add(RunStyles.STYLESHEET);
        dotsView.setOnMouseClicked(e -> {
            long id = vm.dots.pick(e.getX() / scale + ox, e.getY() / scale + oy, 6 / scale + 3);
            if (id >= 0) {
                vm.follow(id);
                e.consume();
            }
        });
        vm.snapshotProperty().addListener((o, a, b) -> gaugesDirty = true);
        vm.resultProperty().addListener((o, a, b) -> gaugesDirty = true);
        vm.countersOnMapProperty().addListener((o, a, b) -> gaugesDirty = true);
        // Hover is watched on the whole scene without consuming anything: the editor's nodes under this layer
        // keep their own mouse handling.
        sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeEventFilter(MouseEvent.MOUSE_MOVED, hoverTracker);
            }
            if (b != null) {
                b.addEventFilter(MouseEvent.MOUSE_MOVED, hoverTracker);
            }
        });
        vm.geometryProperty().addListener((o, a, b) -> {
            geo = b;
            raster = null;
        });
        geo = vm.geometryProperty().get();
        framePulses = vm.addFrameListener(this::frame);
        vm.startPulses();
    }

    /** Stops painting on the view-model's pulses, for a caller that paints the frames itself (a benchmark). */
    public void stopFramePulses() {
        framePulses.unsubscribe();
    }

    /** Paints one frame (called by the view-model after every pulse). */
    void frame() {
        if (geo == null) {
            return;
        }
        // A theme switch re-reads the palette and repaints at once, even with the run paused.
        boolean recoloured = getScene() != null && colors.refreshIfStale();
        if (recoloured) {
            gaugesDirty = true;
            lastGauges = 0;
        }
        long now = System.nanoTime();
        // The field's own count, not the view-model's copy of it: that copy is taken on the run's pulse, and a
        // caller that moves the dots itself (the animation benchmark) would otherwise never be painted.
        boolean idle = !vm.isPlaying() && vm.dots.visible == 0;
        // Layers the size of the whole drawing cost a resample every frame while the editor pans or
        // zooms: show them only when they carry something.
        dotsView.setVisible(!idle);
        gauges.setVisible(vm.simTimeProperty().get() > 0);
        // The rings are sized in screen pixels around the node's disc, so a new zoom redraws them.
        double zoom = zoom();
        if (Math.abs(zoom - gaugeZoom) > 0.02 * gaugeZoom) {
            gaugesDirty = true;
        }
        vm.dots.discRadius = (float) (NodeView.RADIUS / zoom);
        aggregated.set(vm.dots.aggregated);
        if (idle && raster != null && !recoloured) {
            // Nothing moves: keep the last picture of the dots (the group's transform follows pan and
            // zoom) and leave the frame budget to the editor; only the gauges follow a zoom.
            repaintGaugesIfDue(now, zoom);
            return;
        }
        ensureRaster();
        raster.paint(vm.dots, geo, ox, oy, scale, now, vm.followedId(), colors, NodeView.RADIUS * scale / zoom);
        repaintGaugesIfDue(now, zoom);
    }

    private void repaintGaugesIfDue(long now, double zoom) {
        // Hidden gauges (no run time yet) are not painted: a hidden canvas still rasterises every command
        // it is sent, and a zoom gesture asked for the rings of every cache ten times a second.
        if (gaugesDirty && gauges.isVisible() && now - lastGauges > GAUGE_NANOS) {
            gaugePaints++;
            gaugeZoom = zoom;
            paintGauges(vm.snapshotProperty().get());
            gaugesDirty = false;
            lastGauges = now;
        }
    }

    /**
     * True while so many requests are in flight that the map shows them as flow bands per link instead of
     * dots (the legend says so).
     */
    public ReadOnlyBooleanProperty aggregatedProperty() {
        return aggregated.getReadOnlyProperty();
    }

    /** The colours the run paints with, as last read from the theme. */
    ThemeColors colors() {
        return colors;
    }

    /** Screen pixels per world unit: the editor's zoom. */
    private double zoom() {
        if (getScene() == null) {
            return 1;
        }
        Transform t = getLocalToSceneTransform();
        return Math.max(1e-3, Math.hypot(t.getMxx(), t.getMyx()));
    }

    /** Asks for the gauges to be repainted at the next frame (at most ten times a second). */
    void invalidateGauges() {
        gaugesDirty = true;
    }

    /** Whether the dots' layer is shown (hidden while the run is idle and no dot is in view). */
    boolean dotsShown() {
        return dotsView.isVisible();
    }

    /** How many times the gauges were painted (a work count for tests). */
    long gaugePaints() {
        return gaugePaints;
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
        // in world units, so the badges of nodes at the drawing's edge are not cut off at any zoom
        double margin = Math.max(40, MARGIN_PX / Math.max(zoom, 0.05));
        double w = geo.maxX - geo.minX + 2 * margin;
        double h = geo.maxY - geo.minY + 2 * margin;
        double s = Math.max(0.05, Math.min(zoom, 8));
        if (w * s * h * s > MAX_PIXELS) {
            s = Math.sqrt(MAX_PIXELS / (w * h));
        }
        int pw = (int) Math.ceil(w * s) + 1;
        int ph = (int) Math.ceil(h * s) + 1;
        // world point whose screen position is a whole pixel, just left of and above the drawing
        double nox = (Math.floor((geo.minX - margin) * zoom + tx) - tx) / zoom;
        double noy = (Math.floor((geo.minY - margin) * zoom + ty) - ty) / zoom;
        if (s != zoom) {
            nox = geo.minX - margin;
            noy = geo.minY - margin;
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

    private void trackHover(MouseEvent e) {
        int now = geo == null ? -1 : nodeAt(sceneToLocal(e.getSceneX(), e.getSceneY()));
        if (now != hovered) {
            hovered = now;
            gaugesDirty = true;
            lastGauges = 0;
        }
    }

    /** The node whose disc holds a point in world coordinates, or -1. */
    int nodeAt(Point2D p) {
        if (p == null) {
            return -1;
        }
        double r = NodeView.RADIUS / zoom();
        for (int i = 0; i < geo.size(); i++) {
            if (Math.hypot(geo.x[i] - p.getX(), geo.y[i] - p.getY()) <= r) {
                return i;
            }
        }
        return -1;
    }

    /** Shows a node's figures as if the pointer were on it (-1: none); for tests and lessons. */
    void hover(int node) {
        hovered = node;
        gaugesDirty = true;
        lastGauges = 0;
    }

    /** The figures written beside a cache node on the map (empty when none are shown yet). */
    public java.util.List<String> counterLines(String node) {
        counters.update(vm.resultProperty().get());
        return counters.cacheLines(node);
    }

    /** The big figure of an origin's badge: its fetches so far, as drawn (null before the first result). */
    public String originBadge(String node) {
        counters.update(vm.resultProperty().get());
        return counters.originFetches(node);
    }

    private void paintGauges(LiveSnapshot snap) {
        GraphicsContext g = gauges.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, gauges.getWidth(), gauges.getHeight());
        if (snap == null) {
            return;
        }
        counters.update(vm.resultProperty().get());
        g.setTransform(scale, 0, 0, scale, -ox * scale, -oy * scale);
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (LiveSnapshot.NodeGauge n : snap.nodes()) {
            int i = n.id().index();
            if (i < 0 || i >= geo.size()) {
                continue;
            }
            double x = geo.x[i];
            double y = geo.y[i];
            NodeKind k = geo.kinds[i];
            if (k.caches()) {
                cacheGauge(g, x, y, n, geo.pushTarget[i] ? snap.pushCoverage() : -1);
                if (i == hovered || vm.countersOnMapProperty().get()) {
                    counters.paintCache(g, colors, x, y, n.name(), 1 / gaugeZoom);
                }
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
        // Just outside the node's disc and its selection ring, whatever the zoom (the disc keeps its size
        // on screen; this layer is in world units). Drawn inside it, the rings were lost under the icon,
        // and with the run paused nothing else marked the caches.
        double px = 1 / gaugeZoom;
        double r = ringRadius(gaugeZoom);
        g.setLineWidth(3 * px);
        if (coverage > 0) {
            g.setFill(colors.cover);
            double rc = r - 3 * px;
            g.fillArc(x - rc, y - rc, 2 * rc, 2 * rc, 90, -360 * coverage, ArcType.ROUND);
        }
        g.setStroke(colors.track);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(colors.fill);
        g.strokeArc(x - r, y - r, 2 * r, 2 * r, 90, -360 * Math.min(1, n.fill()), ArcType.OPEN);
        double r2 = r + 4 * px;
        if (n.requests() > 0) {
            g.setStroke(colors.hit);
            g.strokeArc(x - r2, y - r2, 2 * r2, 2 * r2, 90, -360 * n.hitRatio(), ArcType.OPEN);
        }
    }

    /** The cache ring's radius in world units at {@code zoom}: 6 px outside the node's disc on screen. */
    static double ringRadius(double zoom) {
        return (NodeView.RADIUS + 6) / zoom;
    }

    private void originMeter(GraphicsContext g, double x, double y, LiveSnapshot.NodeGauge n) {
        // In screen pixels around the disc, like the rings: the meter with the badge above it, on the side of
        // the disc where they cover no node's name (BadgePlacement).
        double px = 1 / gaugeZoom;
        double w = 56 * px;
        double h = 7 * px;
        Rectangle2D block = BadgePlacement.place(
                x,
                y,
                BadgePlacement.badgeWidth(counters.originFetches(n.name()), NodeCounters.loadLine(n)) * px,
                BadgePlacement.HEIGHT * px,
                (NodeView.RADIUS + 5) * px,
                nameBoxes.get());
        badgeBoxes.put(n.name(), block);
        x = block.getMinX() + block.getWidth() / 2;
        double top = block.getMaxY() - h;
        double conc = Math.max(1, n.originConcurrency());
        double load = Math.min(1, (n.originBusy() + n.originQueued()) / conc);
        g.setFill(colors.track);
        g.fillRect(x - w / 2, top, w, h);
        g.setFill(n.strained() ? colors.originStrained : colors.originOk);
        g.fillRect(x - w / 2, top, w * (n.strained() ? 1 : load), h);
        // The badge above the meter: fetches so far in large type and the load, on the theme's label chip
        // (light ink on the pale light-theme map was unreadable; a chip keeps the contrast on any map).
        counters.paintOrigin(g, colors, x, top - px, n.name(), n, px);
    }

    /** The boxes of the node names drawn on the map, in world units, for the badges to keep clear of. */
    public void setNameBoxes(Supplier<List<Rectangle2D>> boxes) {
        nameBoxes = boxes;
        gaugesDirty = true;
    }

    /** Where {@code origin}'s meter and badge were last drawn (world units), or null. */
    public Rectangle2D originBadgeBounds(String origin) {
        return badgeBoxes.get(origin);
    }
}
