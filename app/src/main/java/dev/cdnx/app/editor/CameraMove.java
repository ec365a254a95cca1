package dev.cdnx.app.editor;

import javafx.geometry.Point2D;

/**
 * Where the camera is: a zoom and the world point shown at a fixed screen point (the centre of the fit
 * area). Moves between two places zoom in log terms and pan in world terms, so a long move first pulls
 * back, never sweeps the map past at full zoom. Pure value arithmetic; no JavaFX scene.
 */
record CameraMove(double scale, double worldX, double worldY) {

    /** The place a viewport shows, described by the world point under screen point (sx, sy). */
    static CameraMove of(Viewport vp, double sx, double sy) {
        Point2D w = vp.toWorld(sx, sy);
        return new CameraMove(vp.scale(), w.getX(), w.getY());
    }

    /** The place {@code f} (0..1, eased) of the way from this one to {@code to}. */
    CameraMove toward(CameraMove to, double f) {
        double e = f * f * (3 - 2 * f);
        double s = Math.exp(Math.log(scale) * (1 - e) + Math.log(to.scale) * e);
        return new CameraMove(s, worldX + (to.worldX - worldX) * e, worldY + (to.worldY - worldY) * e);
    }

    /** Puts the viewport here, the world point landing on screen point (sx, sy). */
    void apply(Viewport vp, double sx, double sy) {
        vp.scaleProperty().set(scale);
        vp.txProperty().set(sx - worldX * scale);
        vp.tyProperty().set(sy - worldY * scale);
    }
}
