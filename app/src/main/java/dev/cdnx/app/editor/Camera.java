package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.animation.Transition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.util.Duration;

/**
 * Moves the canvas's {@link Viewport} for the program: fit the whole drawing ({@link #fitAll()}), bring some
 * nodes into view ({@link #frame(Collection)}) for a lesson step, a check, a search hit or a followed
 * request. Moves are animated over {@link #MOVE_MILLIS} so the eye keeps its place; a pan or zoom by the
 * user during a move cancels it (the camera notices that the view is no longer where it put it). Framing
 * nodes that are all on screen already does nothing, and framing pans before it zooms out: it never zooms
 * in on its own, so the user's zoom is kept whenever the nodes fit in it.
 */
public final class Camera {

    static final double MOVE_MILLIS = 450;
    /** Room around framed nodes for their icon and name (world units at zoom 1). */
    static final double NODE_MARGIN = 40;

    private final CanvasView canvas;
    private final Viewport vp;
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving", false);
    private Transition move;
    private double setScale = Double.NaN;
    private double setTx;
    private double setTy;
    /** True while {@link CameraMove#apply} sets the three properties one by one (the view is between places). */
    private boolean inPut;

    Camera(CanvasView canvas, Viewport vp) {
        this.canvas = canvas;
        this.vp = vp;
        vp.scaleProperty().addListener(o -> userMoved());
        vp.txProperty().addListener(o -> userMoved());
        vp.tyProperty().addListener(o -> userMoved());
        canvas.viewModel().document().addListener(new ScenarioListener() {
            @Override
            public void scenarioReplaced(Scenario scenario) {
                // A file, a sample or a lesson was opened: once its nodes are laid out, show all of it.
                Platform.runLater(Camera.this::fitAll);
            }
        });
    }

    /** Fits the whole drawing (the world map when empty), animated. */
    public void fitAll() {
        go(target(drawingBounds(canvas.viewModel().scenario().topology.nodes)));
    }

    /** Fits the whole drawing at once, without a move (a new file: there is no place to keep). */
    public void fitAllNow() {
        cancel();
        CameraMove to = target(drawingBounds(canvas.viewModel().scenario().topology.nodes));
        if (to != null) {
            Rectangle2D a = canvas.fitArea();
            put(to, centreX(a), centreY(a));
        }
    }

    /**
     * Brings the named nodes into view (names not in the drawing are ignored; none left does nothing). If
     * they all show already, nothing moves; if they fit at the current zoom, the view pans to centre them;
     * otherwise it zooms out until they fit.
     */
    public void frame(Collection<String> nodeNames) {
        Scenario s = canvas.viewModel().scenario();
        List<NodeSpec> nodes = new ArrayList<>();
        for (String name : nodeNames) {
            NodeSpec n = s.node(name);
            if (n != null) {
                nodes.add(n);
            }
        }
        if (nodes.isEmpty()) {
            return;
        }
        Rectangle2D world = drawingBounds(nodes);
        Rectangle2D area = canvas.fitArea();
        if (area.getWidth() <= 0 || area.getHeight() <= 0 || showing(world, area)) {
            return;
        }
        CameraMove fit = target(world);
        if (fit == null) {
            return;
        }
        double scale = Math.min(vp.scale(), fit.scale());
        go(new CameraMove(scale, fit.worldX(), fit.worldY()));
    }

    /** Stops a move where it is. */
    public void cancel() {
        if (move != null) {
            move.stop();
            move = null;
        }
        setScale = Double.NaN;
        moving.set(false);
    }

    /** True while the camera is moving the view. */
    public ReadOnlyBooleanProperty movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /** Whether the world rectangle lies inside the fit area at the current zoom and pan. */
    boolean showing(Rectangle2D world, Rectangle2D area) {
        var a = vp.toScreen(world.getMinX(), world.getMinY());
        var b = vp.toScreen(world.getMaxX(), world.getMaxY());
        return a.getX() >= area.getMinX()
                && a.getY() >= area.getMinY()
                && b.getX() <= area.getMaxX()
                && b.getY() <= area.getMaxY();
    }

    private void go(CameraMove to) {
        if (to == null) {
            return;
        }
        cancel();
        Rectangle2D a = canvas.fitArea();
        double sx = centreX(a);
        double sy = centreY(a);
        CameraMove from = CameraMove.of(vp, sx, sy);
        Transition t = new Transition() {
            {
                setCycleDuration(Duration.millis(MOVE_MILLIS));
                setInterpolator(javafx.animation.Interpolator.LINEAR);
            }

            @Override
            protected void interpolate(double f) {
                put(from.toward(to, f), sx, sy);
            }
        };
        t.setOnFinished(e -> {
            put(to, sx, sy);
            move = null;
            setScale = Double.NaN;
            moving.set(false);
        });
        move = t;
        moving.set(true);
        // From now on any change of the view that the move did not make is the user's, even before its first frame.
        setScale = vp.scale();
        setTx = vp.tx();
        setTy = vp.ty();
        t.play();
    }

    private void put(CameraMove m, double sx, double sy) {
        inPut = true;
        try {
            m.apply(vp, sx, sy);
        } finally {
            inPut = false;
        }
        setScale = vp.scale();
        setTx = vp.tx();
        setTy = vp.ty();
    }

    /** A change of the view that the camera did not make: the user took over. */
    private void userMoved() {
        if (move == null || inPut || Double.isNaN(setScale)) {
            return;
        }
        if (vp.scale() != setScale || vp.tx() != setTx || vp.ty() != setTy) {
            cancel();
        }
    }

    /** The place that fits a world rectangle into the canvas's fit area, or null when the view has no size. */
    private CameraMove target(Rectangle2D world) {
        Rectangle2D a = canvas.fitArea();
        if (a.getWidth() <= 40 || a.getHeight() <= 40) {
            return null;
        }
        double w = Math.max(world.getWidth(), 50);
        double h = Math.max(world.getHeight(), 50);
        double s = Math.min((a.getWidth() - 40) / w, (a.getHeight() - 40) / h);
        s = Math.max(Viewport.MIN_SCALE, Math.min(Viewport.MAX_SCALE, s));
        return new CameraMove(s, world.getMinX() + world.getWidth() / 2, world.getMinY() + world.getHeight() / 2);
    }

    /** The nodes' bounding box with room for icons and names; the world map when there are none. */
    static Rectangle2D drawingBounds(List<NodeSpec> nodes) {
        if (nodes.isEmpty()) {
            return new Rectangle2D(0, 0, MapProjection.WIDTH, MapProjection.HEIGHT);
        }
        double minX = nodes.stream().mapToDouble(n -> n.x).min().orElse(0);
        double minY = nodes.stream().mapToDouble(n -> n.y).min().orElse(0);
        double maxX = nodes.stream().mapToDouble(n -> n.x).max().orElse(0);
        double maxY = nodes.stream().mapToDouble(n -> n.y).max().orElse(0);
        return new Rectangle2D(
                minX - NODE_MARGIN,
                minY - NODE_MARGIN,
                maxX - minX + 2 * NODE_MARGIN,
                maxY - minY + 2 * NODE_MARGIN + 20);
    }

    private static double centreX(Rectangle2D a) {
        return a.getMinX() + a.getWidth() / 2;
    }

    private static double centreY(Rectangle2D a) {
        return a.getMinY() + a.getHeight() / 2;
    }
}
