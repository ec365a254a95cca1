package dev.cdnx.app.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The dots of one frame as pixels: one premultiplied-ARGB buffer shared with a {@link WritableImage}
 * through a {@link PixelBuffer}, cleared and written directly (a small square per dot, a ring per flash),
 * then handed to the renderer once. Thousands of {@code fillOval} calls on a canvas cost more than the
 * whole frame budget under software rendering; this costs a memory clear and a few writes per dot.
 */
final class DotRaster {

    private static final int FOLLOW = 0xFFFFFFFF;

    final int width;
    final int height;
    private final int[] row;
    private final IntBuffer pixels;
    private final PixelBuffer<IntBuffer> buffer;
    final WritableImage image;
    private static final int[][] RING_DX = new int[20][];
    private static final int[][] RING_DY = new int[20][];

    static {
        for (int r = 1; r < 20; r++) {
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
        pixels = ByteBuffer.allocateDirect(this.width * this.height * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        buffer = new PixelBuffer<>(this.width, this.height, pixels, PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
    }

    /**
     * Paints a frame: dots at world positions mapped by {@code (x - ox) * scale}, flashes at nodes, a
     * highlight on the followed request.
     */
    void paint(DotField f, RunGeometry g, double ox, double oy, double scale, long wallNanos, long followed,
            int[] argb) {
        buffer.updateBuffer(b -> {
            clear();
            int size = scale >= 2.5 ? 5 : 3;
            int half = size / 2;
            for (int i = 0; i < f.visible; i++) {
                int cx = (int) ((f.px[i] - ox) * scale) - half;
                int cy = (int) ((f.py[i] - oy) * scale) - half;
                square(cx, cy, size, argb[f.pcls[i]]);
            }
            if (followed >= 0) {
                for (int i = 0; i < f.visible; i++) {
                    if (f.ptrace[i] == followed) {
                        int cx = (int) ((f.px[i] - ox) * scale);
                        int cy = (int) ((f.py[i] - oy) * scale);
                        ring(cx, cy, 5, FOLLOW);
                        ring(cx, cy, 6, FOLLOW);
                    }
                }
            }
            for (int j = 0; j < f.flashes; j++) {
                int node = f.flashNode[j];
                int cx = (int) ((g.x[node] - ox) * scale);
                int cy = (int) ((g.y[node] - oy) * scale);
                double age = f.flashAge(j, wallNanos);
                int r = 4 + (int) (age * 14);
                int c = argb[f.flashCls[j]];
                ring(cx, cy, Math.min(19, r), c);
                ring(cx, cy, Math.min(19, r + 1), c);
            }
            return null;
        });
    }

    private void clear() {
        int total = width * height;
        pixels.clear();
        for (int p = 0; p < total; p += row.length) {
            pixels.put(row, 0, Math.min(row.length, total - p));
        }
        pixels.clear();
    }

    private void square(int x, int y, int size, int c) {
        if (x < 0 || y < 0 || x + size > width || y + size > height) {
            return;
        }
        int base = y * width + x;
        for (int dy = 0; dy < size; dy++) {
            int o = base + dy * width;
            for (int dx = 0; dx < size; dx++) {
                pixels.put(o + dx, c);
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
