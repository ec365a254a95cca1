package dev.cdnx.app.run;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The gauges of every node (rings, counters, origin badges) as one background picture the size of the dots'
 * raster, which the raster starts each frame from instead of a blank (so drawing them costs a copy the
 * frame does anyway). Each node's gauges are a cached {@link Sprite}, drawn again only when what it shows
 * changes (its {@code key}: the figures as written, the ring angles in whole degrees); only the part of the
 * background under a changed sprite is composed again. At most {@link #BUDGET} sprites are drawn per frame
 * while the run plays, so a refresh of every counter at once is spread over a few frames instead of
 * stalling one. Before, a canvas the size of the drawing was cleared and redrawn with every cache's rings
 * and figures ten times a second, and rasterising it held up the render thread.
 */
final class GaugeLayer {

    /** Sprites drawn per frame at most, once the layer has been drawn whole. */
    static final int BUDGET = 48;

    final int width;
    final int height;
    /** Premultiplied ARGB, {@code width × height}: the frame's starting picture. */
    final int[] background;

    private final Sprite[] sprites;
    private final Object[] keys;
    /** Where each sprite's top-left corner sits in the background. */
    private final int[] at;

    private final Object[] wantedKeys;
    private final Supplier<?>[] wanted;
    private int nextWanted;
    private boolean drawnWhole;
    /** A picture moved since the last {@link #drawPending}. */
    private boolean moved;
    /** Sprites drawn since the layer was made (a work count for tests and the benchmark). */
    long spritesDrawn;
    /** Background pixels composed again (cleared and filled from the sprites over them), a work count. */
    long composedPixels;
    /** Of those, sprite pixels blended over another sprite's rather than copied, a work count. */
    long blendedPixels;
    /**
     * The picture under the gauges (premultiplied, {@code width × height}), or null for none: the layer the
     * raster stands in for while the run plays ({@link RasterUnderlay}).
     */
    private int[] ground;

    GaugeLayer(int width, int height, int nodes) {
        this.width = width;
        this.height = height;
        background = new int[width * height];
        sprites = new Sprite[nodes];
        keys = new Object[nodes];
        at = new int[nodes * 2];
        wantedKeys = new Object[nodes];
        wanted = new Supplier<?>[nodes];
    }

    /**
     * Asks for node {@code i}'s gauges to show {@code key}, drawn by {@code draw} (null: nothing) with its
     * centre at raster pixel (cx, cy). Nothing is drawn when the key is the one shown (the picture only
     * moves if the node's place in the raster moved).
     */
    void want(int i, Object key, Supplier<Sprite> draw, int cx, int cy) {
        if (Objects.equals(key, keys[i]) && wanted[i] == null) {
            Sprite s = sprites[i];
            if (s != null && (at[2 * i] != cx || at[2 * i + 1] != cy)) {
                int oldX = at[2 * i] + s.left;
                int oldY = at[2 * i + 1] + s.top;
                at[2 * i] = cx;
                at[2 * i + 1] = cy;
                compose(oldX, oldY, s.width, s.height);
                compose(cx + s.left, cy + s.top, s.width, s.height);
                moved = true;
            }
            return;
        }
        if (Objects.equals(key, keys[i])) {
            wanted[i] = null;
            wantedKeys[i] = null;
            return;
        }
        wantedKeys[i] = key;
        wanted[i] = draw == null ? () -> null : draw;
        at[2 * i] = cx;
        at[2 * i + 1] = cy;
    }

    /**
     * Puts a picture under every gauge (null: none) and composes the whole background again over it; the next
     * {@link #drawPending} reports the change.
     */
    void setGround(int[] pixels) {
        if (pixels != null && pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "a ground of " + pixels.length + " pixels for a " + width + "x" + height + " layer");
        }
        ground = pixels;
        compose(0, 0, width, height);
        moved = true;
    }

    /** Whether a picture lies under the gauges. */
    boolean hasGround() {
        return ground != null;
    }

    /** Whether some node's gauges wait to be drawn. */
    boolean pending() {
        for (Supplier<?> w : wanted) {
            if (w != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Draws waiting sprites (all of them the first time, then at most {@link #BUDGET}) and composes the
     * background under them; true if the background changed.
     */
    boolean drawPending() {
        int budget = drawnWhole ? BUDGET : Integer.MAX_VALUE;
        boolean changed = moved;
        moved = false;
        int n = sprites.length;
        int from = nextWanted;
        for (int step = 0; step < n && budget > 0; step++) {
            int i = (from + step) % n;
            if (wanted[i] == null) {
                continue;
            }
            Sprite old = sprites[i];
            Sprite s = (Sprite) wanted[i].get();
            sprites[i] = s;
            keys[i] = wantedKeys[i];
            wanted[i] = null;
            wantedKeys[i] = null;
            budget--;
            spritesDrawn += s == null ? 0 : 1;
            // The node keeps its place within a layer: the old picture lay where the new one goes. One pass
            // over both pictures' area (nearly always the same rectangle) instead of one pass for each.
            composeBoth(at[2 * i], at[2 * i + 1], old, s);
            changed = true;
            nextWanted = (i + 1) % n;
        }
        if (!pending()) {
            drawnWhole = true;
        }
        return changed;
    }

    /** Composes the background again where an old picture at (cx, cy) gives way to a new one (either null). */
    private void composeBoth(int cx, int cy, Sprite old, Sprite s) {
        if (old == null && s == null) {
            return;
        }
        Sprite a = old == null ? s : old;
        Sprite b = s == null ? old : s;
        int x0 = cx + Math.min(a.left, b.left);
        int y0 = cy + Math.min(a.top, b.top);
        int x1 = cx + Math.max(a.left + a.width, b.left + b.width);
        int y1 = cy + Math.max(a.top + a.height, b.top + b.height);
        compose(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * Composes the background inside a rectangle again from every sprite that overlaps it, in node order. The
     * first of them lies over a cleared background, so its rows are copied rather than blended pixel by
     * pixel; on a map where most pictures have no neighbour overlapping them, that is the whole work.
     */
    private void compose(int x, int y, int w, int h) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        composedPixels += (long) (x1 - x0) * (y1 - y0);
        for (int row = y0; row < y1; row++) {
            if (ground == null) {
                Arrays.fill(background, row * width + x0, row * width + x1, 0);
            } else {
                System.arraycopy(ground, row * width + x0, background, row * width + x0, x1 - x0);
            }
        }
        // Over a ground, even the first picture is blended: its clear pixels show the ground.
        boolean first = ground == null;
        for (int i = 0; i < sprites.length; i++) {
            Sprite s = sprites[i];
            if (s == null) {
                continue;
            }
            int sx = at[2 * i] + s.left;
            int sy = at[2 * i + 1] + s.top;
            int ix0 = Math.max(x0, sx);
            int iy0 = Math.max(y0, sy);
            int ix1 = Math.min(x1, sx + s.width);
            int iy1 = Math.min(y1, sy + s.height);
            if (ix0 >= ix1 || iy0 >= iy1) {
                continue;
            }
            if (first) {
                first = false;
                for (int row = iy0; row < iy1; row++) {
                    System.arraycopy(
                            s.argb, (row - sy) * s.width + (ix0 - sx), background, row * width + ix0, ix1 - ix0);
                }
                continue;
            }
            blendedPixels += (long) (ix1 - ix0) * (iy1 - iy0);
            for (int row = iy0; row < iy1; row++) {
                int src = (row - sy) * s.width + (ix0 - sx);
                int dst = row * width + ix0;
                for (int col = ix0; col < ix1; col++, src++, dst++) {
                    int p = s.argb[src];
                    if (p != 0) {
                        background[dst] = Sprite.over(p, background[dst]);
                    }
                }
            }
        }
    }
}
