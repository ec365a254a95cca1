package dev.cdnx.app.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The dots of one frame as pixels: one premultiplied-ARGB buffer shared with a {@link WritableImage}
 * through a {@link PixelBuffer}, cleared and written directly (a shaped sprite per dot, see
 * {@link DotShapes}; a fading trail behind each miss; a ring per flash just outside the node's disc; or,
 * with many dots, one striped flow band per link), then handed to the renderer once. Thousands of
 * {@code fillOval} calls on a canvas cost more than the whole frame budget under software rendering; this
 * costs a memory clear and a few dozen writes per dot.
 */
final class DotRaster {

    private static final int FOLLOW = 0xFFFFFFFF;
    private static final int MAX_RING = 48;
    /** The widest flow band in pixels (the busiest link); the others scale down from it. */
    static final int MAX_BAND = 12;

    final int width;
    final int height;
    private final int[] row;
    private final IntBuffer pixels;
    private final PixelBuffer<IntBuffer> buffer;
    final WritableImage image;
    /** The opaque colour drawn under the raster while nothing else is, or 0 (see {@link #setFloor}). */
    private int floor;
    /** The dots' colours laid over the floor, as this frame writes them. */
    private final int[] written = new int[DotClass.COUNT];

    private static final int[][] RING_DX = new int[MAX_RING + 1][];
    private static final int[][] RING_DY = new int[MAX_RING + 1][];

    static {
        for (int r = 1; r <= MAX_RING; r++) {
            int k = Math.max(8, (int) (2 * Math.PI * r));
            RING_DX[r] = new int[k];
            RING_DY[r] = new int[k];
            for (int j = 0; j < k; j++) {
                double a = 2 * Math.PI * j / k;
                RING_DX[r][j] = (int) Math.round(r * Math.cos(a));
                RING_DY[r][j] = (int) Math.round(r * Math.sin(a));
            }
        }
    }

    DotRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        row = new int[this.width * 16];
        pixels = ByteBuffer.allocateDirect(this.width * this.height * 4)
                .order(ByteOrder.nativeOrder())
                .asIntBuffer();
        buffer = new PixelBuffer<>(this.width, this.height, pixels, PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
        for (int c = 0; c < DotClass.COUNT; c++) {
            runOffset[c] = new int[runDx[c].length];
            for (int k = 0; k < runDx[c].length; k++) {
                runOffset[c][k] = runDy[c][k] * this.width + runDx[c][k];
            }
        }
    }

    /**
     * Paints a frame: dots at world positions mapped by {@code (x - ox) * scale}, flashes around nodes whose
     * disc is {@code discPx} pixels in radius, a highlight on the followed request, all over
     * {@code background} (the nodes' gauges, {@code width × height} premultiplied pixels; null: clear).
     */
    void paint(
            DotField f,
            RunGeometry g,
            double ox,
            double oy,
            double scale,
            long wallNanos,
            long followed,
            ThemeColors colors,
            double discPx,
            int[] background) {
        int[] argb = onFloor(colors.dotArgb);
        int outline = Sprite.over(colors.outlineArgb, floor);
        buffer.updateBuffer(b -> {
            clear(background);
            if (f.aggregated) {
                bands(f, g, ox, oy, scale, discPx, argb);
            }
            int trail = Sprite.over(half(colors.dotArgb[DotClass.MISS]), floor);
            for (int i = 0; i < f.visible; i++) {
                if (f.pcls[i] == DotClass.MISS) {
                    line(
                            (int) ((f.tx[i] - ox) * scale),
                            (int) ((f.ty[i] - oy) * scale),
                            (int) ((f.px[i] - ox) * scale),
                            (int) ((f.py[i] - oy) * scale),
                            trail,
                            2);
                }
            }
            paintRuns(argb, outline);
            for (int i = 0; i < f.visible; i++) {
                sprite((int) ((f.px[i] - ox) * scale), (int) ((f.py[i] - oy) * scale), f.pcls[i]);
            }
            if (followed >= 0) {
                for (int i = 0; i < f.visible; i++) {
                    if (f.ptrace[i] == followed) {
                        int cx = (int) ((f.px[i] - ox) * scale);
                        int cy = (int) ((f.py[i] - oy) * scale);
                        ring(cx, cy, 7, FOLLOW);
                        ring(cx, cy, 8, FOLLOW);
                    }
                }
            }
            for (int j = 0; j < f.flashes; j++) {
                int node = f.flashNode[j];
                int cx = (int) ((g.x[node] - ox) * scale);
                int cy = (int) ((g.y[node] - oy) * scale);
                int r = flashRadius(discPx, f.flashAge(j, wallNanos));
                int c = argb[f.flashCls[j]];
                ring(cx, cy, r, c);
                ring(cx, cy, Math.min(MAX_RING, r + 1), c);
            }
            return null;
        });
    }

    /**
     * Sets the opaque colour under the raster (premultiplied ARGB; 0: none). While one is set, nothing is drawn
     * under the raster (it carries the layer under it, whose holder stops filling it): every colour it writes
     * is laid over this one first, so its translucent pixels (dot outlines, miss trails) look as they did
     * over that fill, and the raster is opaque wherever its background is.
     */
    void setFloor(int argbPre) {
        floor = argbPre;
    }

    /** The dots' colours as written: over the floor, if any. */
    private int[] onFloor(int[] argb) {
        for (int c = 0; c < argb.length; c++) {
            written[c] = Sprite.over(argb[c], floor);
        }
        return written;
    }

    /**
     * A flash's inner radius in pixels at age 0..1: it grows from just outside the disc by three pixels,
     * so it marks the node without covering its icon, and stays inside the gap above its name.
     */
    static int flashRadius(double discPx, double age) {
        return Math.max(1, Math.min(MAX_RING - 1, (int) Math.ceil(discPx) + 1 + (int) (Math.min(1, age) * 3)));
    }

    /** The pixel at (x, y) as last painted, premultiplied ARGB (for tests). */
    int pixel(int x, int y) {
        return pixels.get(y * width + x);
    }

    /** Half-transparent version of a premultiplied colour. */
    private static int half(int c) {
        return (c >>> 1) & 0x7F7F7F7F;
    }

    /**
     * One band per link, as wide as its share of the busiest link's dots and striped across its width in
     * proportion to the outcomes on it, from the rim of one disc to the rim of the other.
     */
    private void bands(DotField f, RunGeometry g, double ox, double oy, double scale, double discPx, int[] argb) {
        int links = g.links();
        int busiest = 0;
        for (int l = 0; l < links; l++) {
            busiest = Math.max(busiest, total(f.bandCount, l));
        }
        if (busiest == 0) {
            return;
        }
        for (int l = 0; l < links; l++) {
            int total = total(f.bandCount, l);
            if (total == 0) {
                continue;
            }
            int w = bandWidth(total, busiest);
            double ax = (g.x[g.linkFrom[l]] - ox) * scale;
            double ay = (g.y[g.linkFrom[l]] - oy) * scale;
            double bx = (g.x[g.linkTo[l]] - ox) * scale;
            double by = (g.y[g.linkTo[l]] - oy) * scale;
            double length = Math.hypot(bx - ax, by - ay);
            double cut = discPx + 2;
            if (length <= 2 * cut) {
                continue;
            }
            double ux = (bx - ax) / length;
            double uy = (by - ay) / length;
            int x0 = (int) (ax + ux * cut);
            int y0 = (int) (ay + uy * cut);
            int x1 = (int) (bx - ux * cut);
            int y1 = (int) (by - uy * cut);
            // Offset the stripes along the axis across the line, so neighbouring stripes leave no gaps.
            boolean flat = Math.abs(bx - ax) >= Math.abs(by - ay);
            int base = l * DotClass.COUNT;
            int cls = 0;
            int upTo = f.bandCount[base];
            for (int k = 0; k < w; k++) {
                double share = (k + 0.5) * total / w;
                while (upTo <= share && cls < DotClass.COUNT - 1) {
                    cls++;
                    upTo += f.bandCount[base + cls];
                }
                int o = k - w / 2;
                line(flat ? x0 : x0 + o, flat ? y0 + o : y0, flat ? x1 : x1 + o, flat ? y1 + o : y1, argb[cls], 1);
            }
        }
    }

    /** A band's width in pixels: its link's rate against the busiest link's, at least two pixels. */
    static int bandWidth(int total, int busiest) {
        return Math.max(2, (int) Math.round(MAX_BAND * (double) total / busiest));
    }

    private static int total(int[] counts, int l) {
        int t = 0;
        for (int c = 0; c < DotClass.COUNT; c++) {
            t += counts[l * DotClass.COUNT + c];
        }
        return t;
    }

    /** Starts the frame from the background, or blank: one bulk copy either way. */
    private void clear(int[] background) {
        int total = width * height;
        pixels.clear();
        if (background != null && background.length == total) {
            pixels.put(background);
        } else {
            for (int p = 0; p < total; p += row.length) {
                pixels.put(row, 0, Math.min(row.length, total - p));
            }
        }
        pixels.clear();
    }

    /** The class's shape centred on (cx, cy): its outline and fill, one row run at a time. */
    private void sprite(int cx, int cy, int cls) {
        int e = DotShapes.EXTENT;
        if (cx - e < 0 || cy - e < 0 || cx + e >= width || cy + e >= height) {
            return;
        }
        int centre = cy * width + cx;
        int[] at = runOffset[cls];
        int[] from = runFrom[cls];
        int[] length = runLength[cls];
        int[] paint = runPaint[cls];
        for (int k = 0; k < at.length; k++) {
            pixels.put(centre + at[k], paint, from[k], length[k]);
        }
        dotWrites += at.length;
    }

    /**
     * The shapes as runs of pixels along their rows, with each class's outline and fill colours laid out in
     * {@link #runPaint}: a dot is a dozen bulk writes instead of seventy single ones (each of which checked
     * its index, a third of the dots' time).
     */
    private static final int[][] runDx = new int[DotClass.COUNT][];

    private static final int[][] runDy = new int[DotClass.COUNT][];
    private static final int[][] runFrom = new int[DotClass.COUNT][];
    private static final int[][] runLength = new int[DotClass.COUNT][];
    /** Per class: 1 for an outline pixel and 2 for a fill pixel, row runs one after another. */
    private static final int[][] runKind = new int[DotClass.COUNT][];

    /** Writes into the buffer for the dots' shapes (runs, each one bulk write), a work count for tests. */
    long dotWrites;

    /** Where each run starts in the buffer from its dot's centre pixel. */
    private final int[][] runOffset = new int[DotClass.COUNT][];

    /** The runs' colours for the current palette. */
    private final int[][] runPaint = new int[DotClass.COUNT][];

    private final int[] paintedFill = new int[DotClass.COUNT];
    private final int[] paintedOutline = new int[DotClass.COUNT];

    static {
        int e = DotShapes.EXTENT;
        for (int c = 0; c < DotClass.COUNT; c++) {
            int[][] kind = new int[2 * e + 1][2 * e + 1];
            int[] dx = DotShapes.outlineDx(c);
            int[] dy = DotShapes.outlineDy(c);
            for (int j = 0; j < dx.length; j++) {
                kind[dy[j] + e][dx[j] + e] = 1;
            }
            dx = DotShapes.fillDx(c);
            dy = DotShapes.fillDy(c);
            for (int j = 0; j < dx.length; j++) {
                kind[dy[j] + e][dx[j] + e] = 2;
            }
            java.util.List<int[]> runs = new java.util.ArrayList<>();
            java.util.List<Integer> kinds = new java.util.ArrayList<>();
            for (int y = 0; y <= 2 * e; y++) {
                for (int x = 0; x <= 2 * e; x++) {
                    if (kind[y][x] == 0 || (x > 0 && kind[y][x - 1] != 0)) {
                        continue;
                    }
                    int end = x;
                    while (end <= 2 * e && kind[y][end] != 0) {
                        kinds.add(kind[y][end]);
                        end++;
                    }
                    // where it starts from the centre, where in the class's paint, how long
                    runs.add(new int[] {x - e, y - e, kinds.size() - (end - x), end - x});
                }
            }
            runDx[c] = runs.stream().mapToInt(r -> r[0]).toArray();
            runDy[c] = runs.stream().mapToInt(r -> r[1]).toArray();
            runFrom[c] = runs.stream().mapToInt(r -> r[2]).toArray();
            runLength[c] = runs.stream().mapToInt(r -> r[3]).toArray();
            runKind[c] = kinds.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Lays the palette's colours into the runs when they changed. */
    private void paintRuns(int[] fill, int outline) {
        for (int c = 0; c < DotClass.COUNT; c++) {
            if (runPaint[c] != null && paintedFill[c] == fill[c] && paintedOutline[c] == outline) {
                continue;
            }
            int[] kinds = runKind[c];
            int[] p = new int[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                p[k] = kinds[k] == 2 ? fill[c] : outline;
            }
            runPaint[c] = p;
            paintedFill[c] = fill[c];
            paintedOutline[c] = outline;
        }
    }

    /** A straight line (Bresenham), {@code thickness} pixels across its minor axis. */
    private void line(int x0, int y0, int x1, int y1, int c, int thickness) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        boolean flat = dx >= -dy;
        int err = dx + dy;
        int x = x0;
        int y = y0;
        for (int steps = 0; steps < 4096; steps++) {
            for (int t = 0; t < thickness; t++) {
                int px = flat ? x : x + t;
                int py = flat ? y + t : y;
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    pixels.put(py * width + px, c);
                }
            }
            if (x == x1 && y == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    private void ring(int cx, int cy, int r, int c) {
        int[] dx = RING_DX[r];
        int[] dy = RING_DY[r];
        for (int j = 0; j < dx.length; j++) {
            int x = cx + dx[j];
            int y = cy + dy[j];
            if (x >= 0 && y >= 0 && x < width && y < height) {
                pixels.put(y * width + x, c);
            }
        }
    }
}
