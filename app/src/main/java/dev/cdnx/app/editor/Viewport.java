package dev.cdnx.app.editor;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Zoom and pan of the canvas: screen = world × scale + translate. The zoom is clamped to
 * [{@link #MIN_SCALE}, {@link #MAX_SCALE}]; every zoom keeps the point under the cursor still.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    public static final double STEP = 1.2;

    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty tx = new SimpleDoubleProperty(this, "tx", 0);
    private final DoubleProperty ty = new SimpleDoubleProperty(this, "ty", 0);

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty txProperty() {
        return tx;
    }

    public DoubleProperty tyProperty() {
        return ty;
    }

    public double scale() {
        return scale.get();
    }

    public double tx() {
        return tx.get();
    }

    public double ty() {
        return ty.get();
    }

    public Point2D toScreen(double wx, double wy) {
        return new Point2D(wx * scale() + tx(), wy * scale() + ty());
    }

    public Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - tx()) / scale(), (sy - ty()) / scale());
    }

    /** Multiplies the zoom by {@code factor}, keeping screen point (sx, sy) fixed. */
    public void zoomAt(double factor, double sx, double sy) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale() * factor));
        Point2D w = toWorld(sx, sy);
        scale.set(next);
        tx.set(sx - w.getX() * next);
        ty.set(sy - w.getY() * next);
    }

    public void panBy(double dx, double dy) {
        tx.set(tx() + dx);
        ty.set(ty() + dy);
    }

    /** Shows the world rectangle {@code r} in a view of the given size, with a margin. */
    public void fit(Rectangle2D r, double viewWidth, double viewHeight) {
        fit(r, new Rectangle2D(20, 20, Math.max(0, viewWidth - 40), Math.max(0, viewHeight - 40)));
    }

    /**
     * Shows the world rectangle {@code r} inside the part {@code area} of the view (screen pixels), with a
     * margin of 20 pixels: the rest of the view may be covered by overlays.
     */
    public void fit(Rectangle2D r, Rectangle2D area) {
        if (area.getWidth() <= 40 || area.getHeight() <= 40) {
            return;
        }
        double w = Math.max(r.getWidth(), 50);
        double h = Math.max(r.getHeight(), 50);
        double s = Math.min((area.getWidth() - 40) / w, (area.getHeight() - 40) / h);
        s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
        scale.set(s);
        tx.set(area.getMinX() + area.getWidth() / 2 - (r.getMinX() + r.getWidth() / 2) * s);
        ty.set(area.getMinY() + area.getHeight() / 2 - (r.getMinY() + r.getHeight() / 2) * s);
    }

    /** Zoom 100 %, world origin at the top left. */
    public void reset() {
        scale.set(1);
        tx.set(0);
        ty.set(0);
    }
}
