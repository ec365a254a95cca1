package dev.cdnx.app.editor;

/**
 * A layer drawn under the run's dots that the dots' raster can carry itself while the run plays: the raster
 * starts each frame from a copy of its pixels anyway, so with the layer's picture in that copy the layer
 * itself can stop being drawn. Under software rendering every frame repaints the whole window, so a layer
 * the size of the view under the raster costs the render thread a second full-size image each frame.
 *
 * <p>Alpha blending is associative: the raster's picture over the layer's is the same as the layer's
 * picture with the raster's on top, drawn as one image; pixels the layer leaves clear stay clear, and what
 * lies under the layer still shows through them.
 */
public interface RasterUnderlay {

    /**
     * A number that changes whenever the layer's picture changes (its content, its place on screen), so the
     * raster takes a new copy of it.
     */
    long version();

    /**
     * Paints the layer's picture into {@code argbPre}, {@code width × height} premultiplied ARGB pixels where
     * world point (x, y) lands at ((x − ox)·scale, (y − oy)·scale); false when it cannot now (the layer then
     * stays on screen and the raster keeps its own clear background).
     */
    boolean paint(int[] argbPre, int width, int height, double ox, double oy, double scale);

    /** Called with true when the raster starts carrying the picture (hide the layer), false when it stops. */
    void carried(boolean carried);

    /**
     * The opaque colour (premultiplied ARGB) the layer's holder fills under the layer, or 0 when there is none
     * to drop. While the raster carries a layer that has one, the holder stops filling it (under software
     * rendering that fill is a full-view pass of the render thread each frame, hidden by the raster's opaque
     * pixels), and the raster lays its own translucent pixels over this colour itself, so the picture stays
     * the same.
     */
    default int floorArgb() {
        return 0;
    }
}
