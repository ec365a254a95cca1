package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.editor.RasterUnderlay;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.transform.Transform;
import javafx.util.Subscription;

/**
 * The live run drawn in WORLD coordinates (the same as {@code NodeSpec.x/y}): put it inside the canvas's
 * zoom/pan group above the links and nodes. It paints the moving request dots, miss and error flashes and
 * the followed request into one pixel buffer per frame ({@link DotRaster}), over the per-node gauges (cache
 * fill, hit ratio, push coverage, counters, down; the origin badges and load meters), which are cached
 * pictures per node redrawn only when their figures change ({@link GaugeLayer}), checked at most ten times a
 * second. Everything is rendered at the zoom's pixel density, so dots stay crisp when zoomed. Clicking a dot follows
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
    private final ThemeColors colors;
    private final NodeCounters counters = new NodeCounters();
    private Supplier<List<Rectangle2D>> nameBoxes = List::of;
    /** The node under the pointer (its figures are shown), or -1. */
    private int hovered = -1;

    private final EventHandler<MouseEvent> hoverTracker = this::trackHover;
    private DotRaster raster;
    private RunGeometry geo;
    private double scale = 1;
    private double ox;
    private double oy;
    private boolean gaugesDirty = true;
    private GaugeLayer layer;
    private CounterSprites sprites;
    private final BadgeViews badges = new BadgeViews();
    private final NodePictures pictures = new NodePictures(counters, badges);
    /** The colours' generation the sprites were drawn in. */
    private int spriteColours = -1;

    private final ReadOnlyBooleanWrapper aggregated = new ReadOnlyBooleanWrapper(this, "aggregated");
    private long lastGauges;
    private long lastClearCheck;
    private long gaugePaints;
    /** The zoom the gauges were last drawn for. */
    private double gaugeZoom = 1;

    private RasterUnderlay underlay;
    /** Whether the raster carries the underlay's picture now (and the underlay is hidden). */
    private boolean carrying;
    /** The gauge layer and the underlay's version the carried picture was put under. */
    private GaugeLayer groundLayer;

    private long groundVersion;
    /** The raster moved against the world since the picture was taken. */
    private boolean groundStale;

    private int[] groundPixels;
    /** How many times the underlay's picture was copied into the raster's background (a work count). */
    private long groundCopies;

    public RunOverlay(RunViewModel vm) {
        this.vm = vm;
        getStyleClass().add(STYLE_CLASS);
        setId("run-overlay");
        setAutoSizeChildren(false);
        dotsView.setSmooth(false);
        dotsView.setPickOnBounds(false);
        // the origins' badges above the dots, so misses streaming into an origin never cross its figure
        getChildren().addAll(dotsView, badges.group);
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
            badges.clear();
        });
        geo = vm.geometryProperty().get();
        framePulses = vm.addFrameListener(ShownWatch.whileShown(this, this::frame));
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
        boolean gaugesShown = vm.simTimeProperty().get() > 0;
        // A layer the size of the whole drawing costs a resample every frame while the editor pans or
        // zooms: show it only when it carries something.
        dotsView.setVisible(!idle || gaugesShown);
        badges.group.setVisible(gaugesShown);
        // The rings are sized in screen pixels around the node's disc, so a new zoom redraws them.
        double zoom = zoom();
        boolean zoomed = Math.abs(zoom - gaugeZoom) > 0.02 * gaugeZoom;
        if (zoomed) {
            gaugesDirty = true;
        }
        vm.dots.discRadius = (float) (NodeView.RADIUS / zoom);
        aggregated.set(vm.dots.aggregated);
        // Names settle once the view rests (the label placer waits for it), often after the run has paused:
        // figures placed before then may lie on a name now, so a change of the boxes kept clear places them
        // again.
        if (gaugesShown && !gaugesDirty && pictures.keptClear() != null && now - lastClearCheck > GAUGE_NANOS) {
            lastClearCheck = now;
            gaugesDirty = !nameBoxes.get().equals(pictures.keptClear());
        }
        boolean gaugesDue = gaugesShown && gaugesDirty && now - lastGauges > GAUGE_NANOS;
        if (idle && raster != null && !recoloured && !(gaugesDue && zoomed)) {
            // Nothing moves: keep the last picture (the group's transform follows pan and zoom) and leave
            // the frame budget to the editor; repaint only if the gauges' figures changed.
            // A paused or stopped run shows the layer under it again: the raster goes back to clear.
            boolean handedBack = carryUnderlay(false);
            if (updateGauges(now, zoom, gaugesShown) || handedBack) {
                paintRaster(now, zoom, gaugesShown);
            }
            return;
        }
        ensureRaster();
        updateGauges(now, zoom, gaugesShown);
        // Only while the run plays: paused, the user edits, and the layer redraws itself at once.
        carryUnderlay(vm.isPlaying());
        paintRaster(now, zoom, gaugesShown);
    }

    /**
     * Lets the raster carry the layer under it while the run moves (see {@link RasterUnderlay}): its picture
     * goes under the gauges, and the layer is hidden. A paused or stopped run hands the layer back.
     */
    public void setUnderlay(RasterUnderlay underlay) {
        carryUnderlay(false);
        this.underlay = underlay;
    }

    /** Whether the raster carries the underlay's picture now (for tests). */
    boolean carriesUnderlay() {
        return carrying;
    }

    /**
     * The pixel the raster starts each frame from (the gauges over the carried picture) at world point (x, y),
     * premultiplied ARGB; 0 where nothing is drawn or before the first frame. For tests.
     */
    int backgroundPixel(double x, double y) {
        if (layer == null) {
            return 0;
        }
        int px = (int) Math.floor((x - ox) * scale);
        int py = (int) Math.floor((y - oy) * scale);
        boolean inside = px >= 0 && py >= 0 && px < layer.width && py < layer.height;
        return inside ? layer.background[py * layer.width + px] : 0;
    }

    /** How many times the underlay's picture was copied under the gauges (a work count for tests). */
    long groundCopies() {
        return groundCopies;
    }

    /** Takes the underlay's picture into the raster, or hands it back; true if the background changed. */
    private boolean carryUnderlay(boolean wanted) {
        boolean carry = wanted && underlay != null && layer != null && raster != null && dotsView.isVisible();
        if (carry && (!carrying || groundStale || groundLayer != layer || groundVersion != underlay.version())) {
            int n = layer.width * layer.height;
            if (groundPixels == null || groundPixels.length != n) {
                groundPixels = new int[n];
            }
            long version = underlay.version();
            if (underlay.paint(groundPixels, layer.width, layer.height, ox, oy, scale)) {
                groundCopies++;
                layer.setGround(groundPixels);
                // nothing is drawn under the raster while it carries: its translucent pixels go over the floor
                raster.setFloor(underlay.floorArgb());
                groundLayer = layer;
                groundStale = false;
                groundVersion = version;
                if (!carrying) {
                    carrying = true;
                    underlay.carried(true);
                }
                return true;
            }
            carry = false;
        }
        if (!carry && carrying) {
            carrying = false;
            if (groundLayer != null && groundLayer.hasGround()) {
                groundLayer.setGround(null);
            }
            groundLayer = null;
            if (raster != null) {
                raster.setFloor(0);
            }
            if (underlay != null) {
                underlay.carried(false);
            }
            return true;
        }
        return false;
    }

    private void paintRaster(long now, double zoom, boolean gaugesShown) {
        raster.paint(
                vm.dots,
                geo,
                ox,
                oy,
                scale,
                now,
                vm.followedId(),
                colors,
                NodeView.RADIUS * scale / zoom,
                gaugesShown && layer != null ? layer.background : null);
    }

    /**
     * Checks the gauges' figures at most ten times a second and draws the sprites that changed (a few per
     * frame); true if the picture under the dots changed. Hidden gauges (no run time yet) are not drawn: a
     * zoom gesture before the run would otherwise ask for every cache's rings again and again.
     */
    private boolean updateGauges(long now, double zoom, boolean shown) {
        if (raster == null || !shown) {
            return false;
        }
        if (gaugesDirty && now - lastGauges > GAUGE_NANOS) {
            gaugePaints++;
            gaugeZoom = zoom;
            double px = scale / zoom;
            boolean recolouredNow = recolouredSprites();
            if (sprites == null || !sprites.fits(px, scale) || layer == null || recolouredNow) {
                if (sprites == null || !sprites.fits(px, scale)) {
                    sprites = new CounterSprites(px, scale);
                }
                layer = new GaugeLayer(raster.width, raster.height, geo.size() * CacheLayout.PARTS);
            }
            counters.update(vm.resultProperty().get());
            boolean allCounters = vm.countersOnMapProperty().get();
            pictures.want(
                    vm.snapshotProperty().get(),
                    new NodePictures.View(geo, ox, oy, scale, gaugeZoom, raster.width, raster.height),
                    layer,
                    sprites,
                    colors,
                    i -> i == hovered || allCounters,
                    nameBoxes.get());
            gaugesDirty = false;
            lastGauges = now;
        }
        return layer != null && layer.drawPending();
    }

    /** True once after each change of the theme's colours (the sprites bake the colours in). */
    private boolean recolouredSprites() {
        if (colors.generation == spriteColours) {
            return false;
        }
        spriteColours = colors.generation;
        return true;
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

    /** How many times the gauges' figures were checked for changes (a work count for tests). */
    long gaugePaints() {
        return gaugePaints;
    }

    /** How many node sprites (rings, counters, badges) have been drawn on the current layer (a work count). */
    long spritesDrawn() {
        return layer == null ? 0 : layer.spritesDrawn;
    }

    /** How many background pixels the current gauge layer composed (a work count for the benchmark). */
    long composedPixels() {
        return layer == null ? 0 : layer.composedPixels;
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
            // a new size or density: every node's picture is drawn again
            layer = null;
        }
        dotsView.setLayoutX(ox);
        dotsView.setLayoutY(oy);
        dotsView.setFitWidth(pw / s);
        dotsView.setFitHeight(ph / s);
        // the nodes may sit a pixel away in the raster now: the next check moves their pictures
        gaugesDirty = true;
        groundStale = true;
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

    /** The cache ring's radius in world units at {@code zoom}: 6 px outside the node's disc on screen. */
    static double ringRadius(double zoom) {
        return (NodeView.RADIUS + 6) / zoom;
    }

    /** The boxes of the node names drawn on the map, in world units, for the badges to keep clear of. */
    public void setNameBoxes(Supplier<List<Rectangle2D>> boxes) {
        nameBoxes = boxes;
        gaugesDirty = true;
    }

    /** Where {@code origin}'s meter and badge were last drawn (world units), or null. */
    public Rectangle2D originBadgeBounds(String origin) {
        return pictures.originBadgeBounds(origin);
    }

    /** Where {@code cache}'s counter chip was last drawn (world units), or null when it shows none. */
    public Rectangle2D counterBounds(String cache) {
        return pictures.counterBounds(cache);
    }
}
