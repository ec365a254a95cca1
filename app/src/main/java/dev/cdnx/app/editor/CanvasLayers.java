package dev.cdnx.app.editor;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The two Canvas layers under the nodes. The static one (ground, map, links, painted nodes) is rendered on
 * an off-screen canvas larger than the view by a margin, at one viewport, and kept as an image; while the
 * view moves, that image is only copied into the view-sized canvas on screen, transformed, and it is
 * rendered afresh when the view settles ({@link ViewSettle}), after a zoom beyond ×1.6 or ÷1.6, when a pan
 * leaves its margin, or when the content changed. The live one (links of dragged nodes) is view-sized and
 * redrawn every frame while something is dragged.
 *
 * <p>Why the copy: a transformed Canvas on screen is always resampled bilinearly, which was most of the
 * software renderer's time in a frame of a zoom. The copy into the screen canvas samples the nearest pixel
 * instead, a few times cheaper; the renderer then shows the screen canvas as is. While only panning the copy
 * is a plain shift by whole pixels, and once the view rests it is the rendered layer itself, so the map is
 * only coarser for the moments of a zoom in progress.
 */
final class CanvasLayers {

    /** Paints layer content; coordinates: world (x, y) lands at (x·s + tx, y·s + ty). */
    interface Painter {
        void paintStatic(GraphicsContext g, double w, double h, double s, double tx, double ty);

        /** Paints the live layer; returns whether anything is live. */
        boolean paintLive(GraphicsContext g, double w, double h, Viewport vp);
    }

    /** The static layer as shown: view-sized, on screen. */
    final Canvas backdrop = new Canvas();

    final Canvas live = new Canvas();
    /** The static layer as rendered: view plus margins, off screen; its pixels are kept in {@link #image}. */
    private final Canvas rendered = new Canvas();

    private WritableImage image;
    private final ViewSettle settle;
    private double rScale = Double.NaN;
    private double rTx;
    private double rTy;
    private double margin;
    private boolean liveShowing;
    private long staticRenders;
    private long copies;
    /** Where the image was last copied to (scale, x, y); NaN when the screen canvas must be drawn again. */
    private double shownK = Double.NaN;

    private double shownX;
    private double shownY;

    CanvasLayers(ViewSettle settle) {
        this.settle = settle;
        backdrop.setMouseTransparent(true);
        live.setMouseTransparent(true);
    }

    /** The view moved: start (again) the wait for it to settle. */
    void moved() {
        settle.moved();
    }

    /** Whether the view moves (a gesture in progress) or the live layer shows something (a drag). */
    boolean busy() {
        return settle.isMoving() || liveShowing;
    }

    /** How many times the static layer was rendered so far (a full redraw of map, links and nodes). */
    long staticRenders() {
        return staticRenders;
    }

    /** How many times the rendered static layer was copied into the screen canvas (once per frame that moved it). */
    long copies() {
        return copies;
    }

    /**
     * Copies the static layer as the screen canvas shows it into {@code dst} ({@code dw × dh} premultiplied
     * pixels whose (0, 0) is screen pixel (x0, y0)); pixels off the view stay clear. False (nothing copied)
     * while the screen canvas shows a scaled copy (a zoom in progress) or the layer's pixels are not the
     * screen's (a HiDPI screen): only a whole-pixel copy is the same picture.
     */
    boolean copyShown(int[] dst, int dw, int dh, int x0, int y0) {
        WritableImage shown = image;
        if (shown == null || shownK != 1 || shown.getWidth() != rendered.getWidth()) {
            return false;
        }
        java.util.Arrays.fill(dst, 0, dw * dh, 0);
        int iw = (int) shown.getWidth();
        int ih = (int) shown.getHeight();
        // the screen pixels both in the view and in dst, and in the image at (screen - shown)
        int sx0 = Math.max(Math.max(0, x0), (int) shownX);
        int sy0 = Math.max(Math.max(0, y0), (int) shownY);
        int sx1 = Math.min(Math.min((int) backdrop.getWidth(), x0 + dw), (int) shownX + iw);
        int sy1 = Math.min(Math.min((int) backdrop.getHeight(), y0 + dh), (int) shownY + ih);
        if (sx0 < sx1 && sy0 < sy1) {
            shown.getPixelReader()
                    .getPixels(
                            sx0 - (int) shownX,
                            sy0 - (int) shownY,
                            sx1 - sx0,
                            sy1 - sy0,
                            javafx.scene.image.PixelFormat.getIntArgbPreInstance(),
                            dst,
                            (sy0 - y0) * dw + (sx0 - x0),
                            dw);
        }
        return true;
    }

    /** Fits the layers to a view size; true when they had to change (everything must be repainted). */
    boolean resize(double w, double h) {
        double m = Math.ceil(Math.max(w, h) / 2);
        if (live.getWidth() == w && live.getHeight() == h && m == margin) {
            return false;
        }
        live.setWidth(w);
        live.setHeight(h);
        backdrop.setWidth(w);
        backdrop.setHeight(h);
        margin = m;
        rendered.setWidth(w + 2 * m);
        rendered.setHeight(h + 2 * m);
        return true;
    }

    /** Renders the static layer when needed and lines it up with the view; true when it re-rendered. */
    boolean place(Viewport vp, double w, double h, boolean contentChanged, Painter p) {
        double k = vp.scale() / rScale;
        double ox = vp.tx() - (margin + rTx) * k;
        double oy = vp.ty() - (margin + rTy) * k;
        double lw = rendered.getWidth();
        double lh = rendered.getHeight();
        boolean covers = ox <= 0 && oy <= 0 && ox + lw * k >= w && oy + lh * k >= h;
        boolean render = contentChanged || Double.isNaN(k) || !covers || k > 1.6 || k < 0.6 || image == null;
        if (render) {
            staticRenders++;
            rScale = vp.scale();
            rTx = vp.tx();
            rTy = vp.ty();
            p.paintStatic(rendered.getGraphicsContext2D(), lw, lh, rScale, rTx + margin, rTy + margin);
            image = snapshot(rendered, image);
            k = 1;
            ox = -margin;
            oy = -margin;
        }
        if (k == 1) {
            // whole pixels: a plain copy, no resampling, while only panning
            ox = Math.round(ox);
            oy = Math.round(oy);
        }
        if (render || k != shownK || ox != shownX || oy != shownY) {
            copies++;
            shownK = k;
            shownX = ox;
            shownY = oy;
            GraphicsContext g = backdrop.getGraphicsContext2D();
            // Nearest pixel: only a zoom in progress scales the copy, and it is rendered sharp once it rests.
            g.setImageSmoothing(false);
            g.drawImage(image, ox, oy, lw * k, lh * k);
        }
        return render;
    }

    /**
     * The rendered layer's pixels, at the screen's pixel scale (so a HiDPI screen keeps its detail), into
     * {@code reuse} when it has the right size.
     */
    private WritableImage snapshot(Canvas layer, WritableImage reuse) {
        double scale = backdrop.getScene() == null || backdrop.getScene().getWindow() == null
                ? 1
                : backdrop.getScene().getWindow().getRenderScaleX();
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        sp.setTransform(Transform.scale(scale, scale));
        int iw = (int) Math.ceil(layer.getWidth() * scale);
        int ih = (int) Math.ceil(layer.getHeight() * scale);
        boolean fits = reuse != null && reuse.getWidth() == iw && reuse.getHeight() == ih;
        return layer.snapshot(sp, fits ? reuse : null);
    }

    /** Repaints the live layer while something is live, and clears it once when that ends. */
    void paintLive(Viewport vp, double w, double h, boolean anyLive, Painter p) {
        if (!anyLive && !liveShowing) {
            return;
        }
        liveShowing = p.paintLive(live.getGraphicsContext2D(), w, h, vp);
    }
}
