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
    /** Where each shown sprite's centre sits in the background. */
    private final int[] at;
    /** Each slot's shown sprite as left, top, right, bottom (exclusive) in the background; zeros: none. */
    private final int[] box;
    /** Where each wanted sprite's centre will sit. */
    private final int[] wantedAt;

    private final Object[] wantedKeys;
    private final Supplier<?>[] wanted;
    private int nextWanted;
    private boolean drawnWhole;
    /** A picture moved since the last {@link #drawPending}. */
    private boolean moved;
    /** Sprites drawn since the layer was made (a work count for tests and the benchmark). */
    long spritesDrawn;
    /** Sprites whose place was looked at in detail while composing, a work count. */
    long spritesLookedAt;
    /** Pixels of the sprites drawn (their areas), a work count. */
    long drawnPixels;
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
        wantedAt = new int[nodes * 2];
        box = new int[nodes * 4];
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
                placeBox(i);
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
        // where the new picture goes; the one shown stays at its place until it is replaced
        wantedAt[2 * i] = cx;
        wantedAt[2 * i + 1] = cy;
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
            drawnPixels += s == null ? 0 : (long) s.width * s.height;
            int oldX = at[2 * i];
            int oldY = at[2 * i + 1];
            at[2 * i] = wantedAt[2 * i];
            at[2 * i + 1] = wantedAt[2 * i + 1];
            placeBox(i);
            composeChange(oldX, oldY, old, at[2 * i], at[2 * i + 1], s);
            changed = true;
            nextWanted = (i + 1) % n;
        }
        if (!pending()) {
            drawnWhole = true;
        }
        return changed;
    }

    /** Notes where slot {@code i}'s shown sprite lies (nowhere when it has none). */
    private void placeBox(int i) {
        Sprite s = sprites[i];
        int b = 4 * i;
        if (s == null) {
            Arrays.fill(box, b, b + 4, 0);
            return;
        }
        box[b] = at[2 * i] + s.left;
        box[b + 1] = at[2 * i + 1] + s.top;
        box[b + 2] = box[b] + s.width;
        box[b + 3] = box[b + 1] + s.height;
    }

    /**
     * Composes the background again where an old picture at (ox, oy) gives way to a new one at (cx, cy) (either
     * null). A picture redrawn in the same rectangle is composed only where its pixels changed (new counters
     * change a few digits of a chip); two different rectangles are composed as one only when their union is
     * smaller than the two apart.
     */
    private void composeChange(int ox, int oy, Sprite old, int cx, int cy, Sprite s) {
        if (old == null && s == null) {
            return;
        }
        if (old == null || s == null) {
            Sprite only = old == null ? s : old;
            int x = old == null ? cx : ox;
            int y = old == null ? cy : oy;
            compose(x + only.left, y + only.top, only.width, only.height);
            return;
        }
        int ax = ox + old.left;
        int ay = oy + old.top;
        int bx = cx + s.left;
        int by = cy + s.top;
        if (ax == bx && ay == by && old.width == s.width && old.height == s.height) {
            int[] box = changedBox(old.argb, s.argb, s.width, s.height);
            if (box != null) {
                compose(bx + box[0], by + box[1], box[2] - box[0] + 1, box[3] - box[1] + 1);
            }
            return;
        }
        int x0 = Math.min(ax, bx);
        int y0 = Math.min(ay, by);
        int x1 = Math.max(ax + old.width, bx + s.width);
        int y1 = Math.max(ay + old.height, by + s.height);
        long union = (long) (x1 - x0) * (y1 - y0);
        if (union <= (long) old.width * old.height + (long) s.width * s.height) {
            compose(x0, y0, x1 - x0, y1 - y0);
        } else {
            compose(ax, ay, old.width, old.height);
            compose(bx, by, s.width, s.height);
        }
    }

    /** The smallest box (left, top, right, bottom, inclusive) holding every pixel that differs, or null. */
    static int[] changedBox(int[] a, int[] b, int width, int height) {
        int minX = width;
        int maxX = -1;
        int minY = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = Arrays.mismatch(a, row, row + width, b, row, row + width);
            if (first < 0) {
                continue;
            }
            if (minY < 0) {
                minY = y;
            }
            maxY = y;
            minX = Math.min(minX, first);
            int last = width - 1;
            while (last > maxX && a[row + last] == b[row + last]) {
                last--;
            }
            maxX = Math.max(maxX, last);
        }
        return minY < 0 ? null : new int[] {minX, minY, maxX, maxY};
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
            int b = 4 * i;
            // the packed boxes first: most slots lie elsewhere, and looking at each sprite cost more than the
            // pixels of a chip's few new digits
            if (box[b] >= x1 || box[b + 2] <= x0 || box[b + 1] >= y1 || box[b + 3] <= y0) {
                continue;
            }
            Sprite s = sprites[i];
            spritesLookedAt++;
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
