package dev.cdnx.app.editor;

import dev.cdnx.app.theme.CanvasPaints;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The drawing surface. Layers, bottom to top: one Canvas with map, grid and links; the node views; an
 * overlay for the marquee and the link being dragged; the minimap. It catches up with the document
 * through {@link ScenarioListener} (remove, insert, update) and redraws at most once per pulse, from
 * {@link #layoutChildren()}. Gestures (editor.gesture) attach to it from outside.
 */
public final class CanvasView extends Region implements CanvasPaints.Owner {

    /**
     * Names are drawn from this zoom on, for at most so many nodes in view. The zoom can be low: the label
     * placer leaves out the names that have no room, so a zoomed-out map keeps the ones that fit (at 0.3 a
     * world-wide story such as patch-day, fitted at 24-29 %, showed no name at all, #16).
     */
    private static final double LABEL_MIN_SCALE = 0.2;

    private static final int LABEL_MAX_NODES = 150;
    /** Above this many nodes, only live nodes are views; the others are painted on the static layer. */
    public static final int LARGE_DRAWING = 150;

    private final EditorViewModel vm;
    private final ViewSettle settle;
    private final CanvasLayers layers;
    private boolean staticDirty = true;
    private NodeSpec hovered;
    private boolean allLive;
    private final Pane nodeLayer = new Pane();
    private final Pane overlay = new Pane();
    private final SketchLayer sketchLayer;
    private final Minimap minimap;
    private final CanvasPaints paints = new CanvasPaints(this, this::invalidate);
    private final BackdropPainter painter = new BackdropPainter();
    private final IdentityHashMap<NodeSpec, NodeView> views = new IdentityHashMap<>();
    private final Map<String, NodeSpec> byName = new HashMap<>();
    private Set<NodeSpec> previewNodes = Set.of();
    private Insets fitInsets = new Insets(20);
    /** Below this size the canvas folds its legend and minimap away: they would cover most of the drawing. */
    public static final double ROOMY_WIDTH = 700;

    public static final double ROOMY_HEIGHT = 400;
    private final BooleanProperty minimapWanted = new SimpleBooleanProperty(this, "minimapWanted", true);
    private final BooleanProperty legendWanted = new SimpleBooleanProperty(this, "legendWanted", true);
    private final ReadOnlyBooleanWrapper roomy = new ReadOnlyBooleanWrapper(this, "roomy", true);
    private final Camera camera;
    private double previewDx;
    private double previewDy;
    private boolean dirty = true;
    private boolean labelsVisible = true;
    /** Names need placing again: the content, the live nodes or the view changed since the last pass. */
    private boolean placementDue = true;

    private long placementPasses;

    public CanvasView(EditorViewModel vm) {
        this(vm, true);
    }

    /**
     * With {@code settleOnPulses} false the view's settling is driven by {@link #settlePulse(long)} instead
     * of the pulses (tests, which cannot wait for real time).
     */
    CanvasView(EditorViewModel vm, boolean settleOnPulses) {
        this.vm = vm;
        settle = new ViewSettle(this::viewSettled, settleOnPulses);
        layers = new CanvasLayers(settle);
        setId("canvas");
        getStyleClass().add(Styles.CANVAS);
        setFocusTraversable(true);
        setMinSize(200, 150);
        nodeLayer.setPickOnBounds(false);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        minimap = new Minimap(vm.viewport(), this::getWidth, this::getHeight);
        minimap.visibleProperty().bind(minimapWanted.and(roomy));
        camera = new Camera(this, vm.viewport());
        sketchLayer = new SketchLayer(vm);
        getChildren().addAll(layers.backdrop, layers.live, sketchLayer, nodeLayer, overlay, minimap);
        addEventFilter(
                javafx.scene.input.MouseEvent.MOUSE_MOVED,
                e -> vm.pointerProperty().set(vm.viewport().toWorld(e.getX(), e.getY())));
        addEventHandler(
                javafx.scene.input.MouseEvent.MOUSE_EXITED,
                e -> vm.pointerProperty().set(null));
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            NodeView v = CanvasHits.liveViewPicked(e.getPickResult());
            if (v == null) {
                v = nodeAt(e.getX(), e.getY());
            }
            NodeSpec h = v == null ? null : v.node();
            if (h != hovered) {
                hovered = h;
                if (isLarge()) {
                    dirty = true;
                    requestLayout();
                }
            }
        });
        vm.selection().nodes().addListener((SetChangeListener<NodeSpec>) c -> {
            if (isLarge()) {
                dirty = true;
                requestLayout();
            }
        });
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        vm.document().addListener(new Listener());
        vm.selection().nodes().addListener((SetChangeListener<NodeSpec>) c -> {
            if (c.wasAdded() && views.containsKey(c.getElementAdded())) {
                views.get(c.getElementAdded()).setSelected(true);
            }
            if (c.wasRemoved() && views.containsKey(c.getElementRemoved())) {
                views.get(c.getElementRemoved()).setSelected(false);
            }
        });
        vm.selection().linkProperty().addListener((o, a, b) -> invalidate());
        vm.problems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            refreshProblems();
            if (isLarge()) {
                invalidate();
            }
        });
        vm.viewport().scaleProperty().addListener(o -> viewMoved());
        vm.viewport().txProperty().addListener(o -> viewMoved());
        vm.viewport().tyProperty().addListener(o -> viewMoved());
        vm.snapToGridProperty().addListener(o -> invalidate());
        vm.showMapProperty().addListener(o -> invalidate());
        rebuild();
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    public Pane overlay() {
        return overlay;
    }

    /** The notes and regions (whiteboard's layer). */
    public SketchLayer sketchLayer() {
        return sketchLayer;
    }

    public Collection<NodeView> nodeViews() {
        return views.values();
    }

    public NodeView viewOf(NodeSpec n) {
        return views.get(n);
    }

    @Override
    public CanvasPaints paints() {
        return paints;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CanvasPaints.cssMetaData();
    }

    /** Asks for a full redraw (content changed) at the next pulse. */
    public void invalidate() {
        staticDirty = true;
        dirty = true;
        placementDue = true;
        requestLayout();
    }

    /** The view came to rest: render the static layer at the new view and place the names once. */
    private void viewSettled() {
        staticDirty = true;
        placementDue = true;
        requestLayout();
    }

    /** One pulse at {@code now} (ns) for a canvas built with its settling driven by hand. */
    void settlePulse(long now) {
        settle.pulse(now);
    }

    /** The view moved: transform what is drawn now, render it afresh once the view settles. */
    private void viewMoved() {
        dirty = true;
        requestLayout();
        layers.moved();
    }

    /** Shows the given nodes moved by a world offset without changing the model (a drag in progress). */
    public void preview(Set<NodeSpec> nodes, double dx, double dy) {
        if (!nodes.equals(previewNodes)) {
            staticDirty = true;
            placementDue = true;
        }
        previewNodes = nodes;
        previewDx = dx;
        previewDy = dy;
        dirty = true;
        requestLayout();
    }

    /** A large drawing paints most nodes on the canvas; see {@link #LARGE_DRAWING}. */
    public boolean isLarge() {
        return views.size() > LARGE_DRAWING;
    }

    /** Makes every node a live view (while a link is dragged, so each can show allowed or refused). */
    public void setAllLive(boolean on) {
        allLive = on;
        staticDirty = true;
        requestLayout();
    }

    private boolean isLive(NodeSpec n) {
        return !isLarge() || allLive || n == hovered || vm.selection().contains(n) || previewNodes.contains(n);
    }

    public void clearPreview() {
        preview(Set.of(), 0, 0);
    }

    public double drawX(NodeSpec n) {
        return previewNodes.contains(n) ? vm.snap(n.x + previewDx) : n.x;
    }

    public double drawY(NodeSpec n) {
        return previewNodes.contains(n) ? vm.snap(n.y + previewDy) : n.y;
    }

    /** The node view whose disc is under a point of this region, or null. */
    public NodeView nodeAt(double sx, double sy) {
        return CanvasHits.nodeAt(this, sx, sy);
    }

    /** The link drawn under a point of this region (within a few pixels), or null. */
    public LinkSpec linkAt(double sx, double sy) {
        return CanvasHits.linkAt(this, sx, sy);
    }

    /** The node of this name as drawn now (an index kept by the view), or null. */
    NodeSpec nodeNamed(String name) {
        return byName.get(name);
    }

    /** The part of the view that overlays leave free (the view less the fit insets), in screen pixels. */
    public Rectangle2D fitArea() {
        Insets in = fitInsets;
        return new Rectangle2D(
                in.getLeft(),
                in.getTop(),
                Math.max(0, getWidth() - in.getLeft() - in.getRight()),
                Math.max(0, getHeight() - in.getTop() - in.getBottom()));
    }

    /** Moves the view for the program (fit, frame some nodes), animated; see {@link Camera}. */
    public Camera camera() {
        return camera;
    }

    /** Fits the drawing (or the world when it is empty) into the view. */
    public void zoomToFit() {
        List<NodeSpec> nodes = vm.scenario().topology.nodes;
        // The bottom band is kept for the legend and minimap only while one of them shows.
        boolean keys = roomy.get() && (legendWanted.get() || minimapWanted.get());
        Insets in = keys ? fitInsets : new Insets(fitInsets.getTop(), 20, 20, 20);
        Rectangle2D area = new Rectangle2D(
                in.getLeft(),
                in.getTop(),
                Math.max(0, getWidth() - in.getLeft() - in.getRight()),
                Math.max(0, getHeight() - in.getTop() - in.getBottom()));
        if (nodes.isEmpty()) {
            vm.viewport().fit(new Rectangle2D(0, 0, MapProjection.WIDTH, MapProjection.HEIGHT), area);
            return;
        }
        if (area.getWidth() <= 40 || area.getHeight() <= 40) {
            return;
        }
        ScreenFit.Result f = ScreenFit.fitNodes(nodes, area, this::nameWidth);
        vm.viewport().scaleProperty().set(f.scale());
        vm.viewport().txProperty().set(f.tx());
        vm.viewport().tyProperty().set(f.ty());
    }

    /** The width of a node's name on screen (measured once its view has its style; estimated before). */
    private double nameWidth(NodeSpec n) {
        NodeView v = views.get(n);
        double measured = v == null ? 0 : v.labelWidth();
        return measured > 0 ? measured : 7.5 * n.name.length();
    }

    /**
     * The bands along the view's edges that overlays cover (the run's legend and counters, the minimap):
     * zoom to fit keeps the nodes out of them.
     */
    public void setFitInsets(Insets insets) {
        fitInsets = insets;
    }

    /** Whether the user wants the minimap (View › Minimap); it shows when the canvas also has room. */
    public BooleanProperty minimapWantedProperty() {
        return minimapWanted;
    }

    /** Whether the user wants the legend on the canvas (View › Legend). */
    public BooleanProperty legendWantedProperty() {
        return legendWanted;
    }

    /** Whether the canvas is large enough for its legend and minimap ({@link #ROOMY_WIDTH} × {@link #ROOMY_HEIGHT}). */
    public ReadOnlyBooleanProperty roomyProperty() {
        return roomy.getReadOnlyProperty();
    }

    /** Whether the legend shows now: wanted, and room for it. */
    public javafx.beans.binding.BooleanBinding legendShown() {
        return legendWanted.and(roomy);
    }

    /** Zooms by a factor around the centre of the view. */
    public void zoom(double factor) {
        vm.viewport().zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    /** The world point at the centre of the view. */
    public Point2D centreInWorld() {
        return vm.viewport().toWorld(getWidth() / 2, getHeight() / 2);
    }

    /** The static layer, for the run's raster to carry while the run plays ({@link CarriedStaticLayer}). */
    public RasterUnderlay runUnderlay() {
        return new CarriedStaticLayer(layers, vm.viewport(), this);
    }

    /** Counts of the canvas's costly steps so far, for the editor benchmark and tests. */
    public WorkCounts workCounts() {
        return new WorkCounts(layers.staticRenders(), placementPasses, layers.copies());
    }

    /**
     * How often the canvas did its costly steps: full renders of the static layer (map, links, painted
     * nodes), passes of the name placer, and copies of the rendered static layer to the screen (one per
     * frame that moves the view, none while the view stands still).
     */
    public record WorkCounts(long staticRenders, long placementPasses, long layerCopies) {}

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        roomy.set(w >= ROOMY_WIDTH && h >= ROOMY_HEIGHT);
        if (layers.resize(w, h)) {
            staticDirty = true;
            dirty = true;
        }
        nodeLayer.resizeRelocate(0, 0, w, h);
        overlay.resizeRelocate(0, 0, w, h);
        minimap.resizeRelocate(w - Minimap.W - 12, h - Minimap.H - 12, Minimap.W, Minimap.H);
        if (!dirty && !staticDirty) {
            return;
        }
        dirty = false;
        Viewport vp = vm.viewport();
        boolean contentChanged = staticDirty;
        staticDirty = false;
        layers.place(vp, w, h, contentChanged, layerPainter);
        layers.paintLive(vp, w, h, !previewNodes.isEmpty(), layerPainter);
        int shown = 0;
        for (NodeView v : views.values()) {
            NodeSpec n = v.node();
            double sx = drawX(n) * vp.scale() + vp.tx();
            double sy = drawY(n) * vp.scale() + vp.ty();
            boolean on = sx > -80 && sx < w + 80 && sy > -60 && sy < h + 60 && isLive(n);
            if (v.isVisible() != on) {
                v.setVisible(on);
                placementDue = true;
            }
            if (on) {
                shown++;
                // Whole pixels: the view's cached bitmap is then copied to the screen, not resampled. The
                // hover test goes by the view as placed (its port included), so the half pixel moves nothing.
                v.setLayoutX(Math.rint(sx));
                v.setLayoutY(Math.rint(sy));
            }
        }
        // Level of detail: names only when zoomed in enough and few enough nodes are in view.
        boolean labels = vp.scale() >= LABEL_MIN_SCALE && shown <= LABEL_MAX_NODES;
        if (labels != labelsVisible) {
            views.values().forEach(v -> v.setLabelVisible(labels));
            labelsVisible = labels;
            placementDue = true;
        }
        // Names are placed once the view and the drag have come to rest, not in every frame of a gesture:
        // meanwhile each keeps its place beside its disc and moves with it.
        if (labels && placementDue && !settle.isMoving() && previewNodes.isEmpty()) {
            LabelPlacer.place(views.values(), w, h, sketchLayer.titleBoxes());
            placementPasses++;
            placementDue = false;
        }
        minimap.paint(paints, vm.scenario().topology.nodes, vp, w, h, contentChanged);
    }

    private final CanvasLayers.Painter layerPainter = new CanvasLayers.Painter() {
        @Override
        public void paintStatic(
                javafx.scene.canvas.GraphicsContext g, double w, double h, double s, double tx, double ty) {
            painter.paint(
                    g,
                    w,
                    h,
                    s,
                    tx,
                    ty,
                    paints,
                    true,
                    vm.showMapProperty().get(),
                    vm.snapToGridProperty().get(),
                    vm.scenario().topology.links,
                    byName,
                    positions,
                    vm.selection().link(),
                    l -> !touchesPreview(l));
            if (isLarge() && !allLive) {
                painter.paintNodes(
                        g,
                        s,
                        tx,
                        ty,
                        w,
                        h,
                        paints,
                        vm.scenario().topology.nodes,
                        previewNodes::contains,
                        n -> !vm.problemsOf(n).isEmpty());
            }
        }

        @Override
        public boolean paintLive(javafx.scene.canvas.GraphicsContext g, double w, double h, Viewport vp) {
            painter.paint(
                    g,
                    w,
                    h,
                    vp.scale(),
                    vp.tx(),
                    vp.ty(),
                    paints,
                    false,
                    false,
                    false,
                    vm.scenario().topology.links,
                    byName,
                    positions,
                    vm.selection().link(),
                    CanvasView.this::touchesPreview);
            return !previewNodes.isEmpty();
        }
    };

    private boolean touchesPreview(LinkSpec l) {
        if (previewNodes.isEmpty()) {
            return false;
        }
        return previewNodes.contains(byName.get(l.from)) || previewNodes.contains(byName.get(l.to));
    }

    private final BackdropPainter.PositionSource positions = new BackdropPainter.PositionSource() {
        @Override
        public double x(NodeSpec n) {
            return drawX(n);
        }

        @Override
        public double y(NodeSpec n) {
            return drawY(n);
        }
    };

    private void rebuild() {
        nodeLayer.getChildren().clear();
        views.clear();
        byName.clear();
        for (NodeSpec n : vm.scenario().topology.nodes) {
            insert(n);
        }
        refreshProblems();
        invalidate();
    }

    private void insert(NodeSpec n) {
        NodeView v = new NodeView(n);
        v.setLabelVisible(labelsVisible);
        v.setSelected(vm.selection().contains(n));
        views.put(n, v);
        if (n.name != null) {
            byName.put(n.name, n);
        }
        nodeLayer.getChildren().add(v);
    }

    private void reindexNames() {
        byName.clear();
        for (NodeSpec n : vm.scenario().topology.nodes) {
            if (n.name != null) {
                byName.putIfAbsent(n.name, n);
            }
        }
    }

    private void refreshProblems() {
        for (NodeView v : views.values()) {
            v.refresh(vm.problemsOf(v.node()));
        }
    }

    private final class Listener implements ScenarioListener {
        @Override
        public void nodeAdded(NodeSpec node) {
            insert(node);
            invalidate();
        }

        @Override
        public void nodeRemoved(NodeSpec node) {
            NodeView v = views.remove(node);
            if (v != null) {
                nodeLayer.getChildren().remove(v);
            }
            reindexNames();
            invalidate();
        }

        @Override
        public void nodeChanged(NodeSpec node) {
            NodeView v = views.get(node);
            if (v != null && !("node-" + node.name).equals(v.getId())) {
                reindexNames();
                v.refresh(vm.problemsOf(node));
            }
            invalidate();
        }

        @Override
        public void linkAdded(LinkSpec link) {
            invalidate();
        }

        @Override
        public void linkRemoved(LinkSpec link) {
            invalidate();
        }

        @Override
        public void linkChanged(LinkSpec link) {
            invalidate();
        }

        @Override
        public void scenarioReplaced(Scenario scenario) {
            rebuild();
        }
    }
}
