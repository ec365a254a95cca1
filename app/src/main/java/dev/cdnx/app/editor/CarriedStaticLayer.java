package dev.cdnx.app.editor;

import dev.cdnx.app.theme.CanvasPaints;
import dev.cdnx.app.theme.LookedUpColor;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The canvas's static layer (ground, map, links, painted nodes) as a {@link RasterUnderlay}: while a run
 * plays, the run's dots raster carries the layer's picture as shown, and the screen canvas (with the live
 * canvas, blank then) is not drawn. Only when that leaves the picture the same: the raster covers the whole
 * view (outside it the map would be missing), nothing lies between the layer and the raster (no live node
 * view, note or region, no drag in progress: the raster's opaque pixels would hide them), and the view is at
 * rest (a pan or zoom redraws the screen canvas every frame; the raster takes the new picture once it settles).
 * While carried, the canvas's own sea fill is dropped too: the raster's pixels over the view are opaque then
 * (its translucent ones laid over the sea colour, see {@link #floorArgb()}), so that fill was a full-view pass
 * of the render thread each frame that nothing showed.
 */
final class CarriedStaticLayer implements RasterUnderlay {

    /** The inline style that drops the canvas's fill while the raster carries the layer. */
    static final String NO_FILL = "-fx-background-color: null;";

    private final CanvasLayers layers;
    private final Viewport viewport;
    private final CanvasView canvas;
    /** The canvas's inline style before its fill was dropped, or null while it is not. */
    private String styleBefore;

    CarriedStaticLayer(CanvasLayers layers, Viewport viewport, CanvasView canvas) {
        this.layers = layers;
        this.viewport = viewport;
        this.canvas = canvas;
    }

    /** True while something sits between the static layer and the raster, or the view moves. */
    private boolean blocked() {
        if (layers.busy() || !canvas.sketchLayer().getChildren().isEmpty()) {
            return true;
        }
        for (NodeView v : canvas.nodeViews()) {
            if (v.isVisible()) {
                return true;
            }
        }
        return false;
    }

    /** A new copy on screen is a new picture; something appearing over the layer is a change too. */
    @Override
    public long version() {
        return layers.copies() * 2 + (blocked() ? 1 : 0);
    }

    @Override
    public boolean paint(int[] argbPre, int width, int height, double ox, double oy, double scale) {
        if (blocked() || Math.abs(scale - viewport.scale()) > 1e-9) {
            return false;
        }
        // the screen pixel of the raster's top-left corner: whole, or the copy would be a resample
        double x0 = ox * scale + viewport.tx();
        double y0 = oy * scale + viewport.ty();
        long ix = Math.round(x0);
        long iy = Math.round(y0);
        if (Math.abs(x0 - ix) > 1e-6 || Math.abs(y0 - iy) > 1e-6) {
            return false;
        }
        double w = layers.backdrop.getWidth();
        double h = layers.backdrop.getHeight();
        if (ix > 0 || iy > 0 || ix + width < w || iy + height < h) {
            return false;
        }
        return layers.copyShown(argbPre, width, height, (int) ix, (int) iy);
    }

    @Override
    public void carried(boolean carried) {
        layers.backdrop.setVisible(!carried);
        layers.live.setVisible(!carried);
        if (carried && styleBefore == null && fillIsTheSea()) {
            styleBefore = canvas.getStyle();
            canvas.setStyle(styleBefore + NO_FILL);
        } else if (!carried && styleBefore != null) {
            canvas.setStyle(styleBefore);
            styleBefore = null;
        }
    }

    /** The sea colour the canvas fills under its layers (it is the backdrop's sea too), if opaque. */
    @Override
    public int floorArgb() {
        Paint sea = canvas.paints().get(CanvasPaints.Key.SEA);
        return sea instanceof Color c && c.isOpaque() ? LookedUpColor.premultipliedArgb(c) : 0;
    }

    /** Whether the canvas's fill is the sea colour alone, over all of it: the one the raster can stand in for. */
    private boolean fillIsTheSea() {
        Background bg = canvas.getBackground();
        if (bg == null || bg.getFills().size() != 1 || !bg.getImages().isEmpty()) {
            return false;
        }
        BackgroundFill fill = bg.getFills().get(0);
        return fill.getInsets().equals(Insets.EMPTY)
                && fill.getFill() instanceof Color c
                && c.isOpaque()
                && LookedUpColor.premultipliedArgb(c) == floorArgb();
    }
}
