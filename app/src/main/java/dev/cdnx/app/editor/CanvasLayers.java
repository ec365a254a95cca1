package dev.cdnx.app.editor;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * The two Canvas layers under the nodes. The static one (ground, map, links, painted nodes) is larger
 * than the view by a margin and rendered at one viewport; while the view moves it is only transformed,
 * and it is rendered afresh when the view settles ({@link ViewSettle}), after a zoom beyond ×1.6 or ÷1.6,
 * when a pan leaves its margin, or when the content changed. The live one (links of dragged nodes) is view-sized and
 * redrawn every frame while something is dragged.
 */
final class CanvasLayers {

    /** Paints layer content; coordinates: world (x, y) lands at (x·s + tx, y·s + ty). */
    interface Painter {
        void paintStatic(GraphicsContext g, double w, double h, double s, double tx, double ty);

        /** Paints the live layer; returns whether anything is live. */
        boolean paintLive(GraphicsContext g, double w, double h, Viewport vp);
    }

    final Canvas backdrop = new Canvas();
    final Canvas live = new Canvas();
    private final Affine transform = new Affine();
    private final ViewSettle settle;
    private double rScale = Double.NaN;
    private double rTx;
    private double rTy;
    private double margin;
    private boolean liveShowing;
    private long staticRenders;

    CanvasLayers(ViewSettle settle) {
        this.settle = settle;
        backdrop.getTransforms().add(transform);
        backdrop.setMouseTransparent(true);
        live.setMouseTransparent(true);
    }

    /** The view moved: start (again) the wait for it to settle. */
    void moved() {
        settle.moved();
    }

    /** How many times the static layer was rendered so far (a full redraw of map, links and nodes). */
    long staticRenders() {
        return staticRenders;
    }

    /** Fits the layers to a view size; true when they had to change (everything must be repainted). */
    boolean resize(double w, double h) {
        double m = Math.ceil(Math.max(w, h) / 2);
        if (live.getWidth() == w && live.getHeight() == h && m == margin) {
            return false;
        }
        live.setWidth(w);
        live.setHeight(h);
        margin = m;
        backdrop.setWidth(w + 2 * m);
        backdrop.setHeight(h + 2 * m);
        return true;
    }

    /** Renders the static layer when needed and lines it up with the view; true when it re-rendered. */
    boolean place(Viewport vp, double w, double h, boolean contentChanged, Painter p) {
        double k = vp.scale() / rScale;
        double ox = vp.tx() - (margin + rTx) * k;
        double oy = vp.ty() - (margin + rTy) * k;
        boolean covers = ox <= 0 && oy <= 0 && ox + backdrop.getWidth() * k >= w && oy + backdrop.getHeight() * k >= h;
        boolean render = contentChanged || Double.isNaN(k) || !covers || k > 1.6 || k < 0.6;
        if (render) {
            staticRenders++;
            rScale = vp.scale();
            rTx = vp.tx();
            rTy = vp.ty();
            p.paintStatic(
                    backdrop.getGraphicsContext2D(),
                    backdrop.getWidth(),
                    backdrop.getHeight(),
                    rScale,
                    rTx + margin,
                    rTy + margin);
            k = 1;
            ox = -margin;
            oy = -margin;
        }
        if (k == 1) {
            // whole pixels: a plain copy, no resampling, while only panning
            ox = Math.round(ox);
            oy = Math.round(oy);
        }
        transform.setToTransform(k, 0, ox, 0, k, oy);
        return render;
    }

    /** Repaints the live layer while something is live, and clears it once when that ends. */
    void paintLive(Viewport vp, double w, double h, boolean anyLive, Painter p) {
        if (!anyLive && !liveShowing) {
            return;
        }
        liveShowing = p.paintLive(live.getGraphicsContext2D(), w, h, vp);
    }
}
