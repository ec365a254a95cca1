package dev.cdnx.app.run;

import javafx.scene.paint.Color;

/**
 * A small premultiplied-ARGB picture (one node's rings, counters or badge) and the few shapes the gauges
 * need, anti-aliased by coverage: rounded chips, rectangles, ring arcs and pies starting at twelve o'clock
 * and running clockwise, thick lines. Drawn once when a node's figures change, then composed into the
 * background the dots' raster starts each frame from ({@link GaugeLayer}).
 */
final class Sprite {

    final int width;
    final int height;
    /** Where the sprite's top-left pixel lies relative to its node's centre, in raster pixels. */
    final int left;

    final int top;
    final int[] argb;

    Sprite(int left, int top, int width, int height) {
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        argb = new int[this.width * this.height];
    }

    /** A sprite over the given pixels ({@code width × height}, premultiplied; taken, not copied). */
    Sprite(int left, int top, int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " pixels in " + argb.length);
        }
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /**
     * Clears the pixels from ({@code l}, {@code t}) to ({@code r}, {@code b}) inclusive, given like
     * {@link #left} and {@link #top} from the node's centre.
     */
    void clearRect(int l, int t, int r, int b) {
        int x0 = Math.max(0, l - left);
        int x1 = Math.min(width, r - left + 1);
        int y0 = Math.max(0, t - top);
        int y1 = Math.min(height, b - top + 1);
        for (int y = y0; y < y1 && x0 < x1; y++) {
            java.util.Arrays.fill(argb, y * width + x0, y * width + x1, 0);
        }
    }

    /** A colour as premultiplied ARGB. */
    static int premultiplied(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * a);
        int g = (int) Math.round(c.getGreen() * a);
        int b = (int) Math.round(c.getBlue() * a);
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** Paints {@code src} (premultiplied) over pixel (x, y) at {@code coverage} 0–255; outside, nothing. */
    void blend(int x, int y, int src, int coverage) {
        if (x < 0 || y < 0 || x >= width || y >= height || coverage <= 0) {
            return;
        }
        int i = y * width + x;
        argb[i] = over(coverage >= 255 ? src : scale(src, coverage), argb[i]);
    }

    /** {@code top} painted over {@code under}, both premultiplied. */
    static int over(int top, int under) {
        int a = top >>> 24;
        if (a == 255 || under == 0) {
            return top;
        }
        if (a == 0) {
            return under;
        }
        return top + scale(under, 255 - a);
    }

    /** Every channel of a premultiplied colour times {@code k}/255. */
    static int scale(int c, int k) {
        // Two channels at a time, each in its own 16-bit lane (255 * 255 + 128 fits), and the rounded division
        // by 255 as (x + 128 + ((x + 128) >> 8)) >> 8, which equals (x * k + 127) / 255 for every channel and k
        // (SpriteScaleTest checks all of them): four divisions were a sixth of a frame's work with counters on.
        int rb = (c & 0xFF00FF) * k + 0x800080;
        rb = ((rb + ((rb >>> 8) & 0xFF00FF)) >>> 8) & 0xFF00FF;
        int ag = ((c >>> 8) & 0xFF00FF) * k + 0x800080;
        ag = (ag + ((ag >>> 8) & 0xFF00FF)) & 0xFF00FF00;
        return ag | rb;
    }

    /** {@link #scale} written plainly, one channel and one division at a time (what the tests compare with). */
    static int scaleByDivision(int c, int k) {
        int a = ((c >>> 24) * k + 127) / 255;
        int r = ((c >> 16 & 0xFF) * k + 127) / 255;
        int g = ((c >> 8 & 0xFF) * k + 127) / 255;
        int b = ((c & 0xFF) * k + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int coverage(double v) {
        return v >= 1 ? 255 : v <= 0 ? 0 : (int) Math.round(v * 255);
    }

    void fillRect(double x, double y, double w, double h, int c) {
        fillRoundRect(x, y, w, h, 0, c);
    }

    /** A rectangle with corners rounded to {@code radius}, in sprite pixels. */
    void fillRoundRect(double x, double y, double w, double h, double radius, int c) {
        // only the pixels inside the sprite: a part of a node's picture draws the shapes it cuts through
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, (int) Math.ceil(x + w));
        int y1 = Math.min(height, (int) Math.ceil(y + h));
        for (int py = y0; py < y1; py++) {
            double cy = py + 0.5;
            double vy = Math.min(1, Math.min(cy - y + 0.5, y + h - cy + 0.5));
            for (int px = x0; px < x1; px++) {
                double cx = px + 0.5;
                double v = Math.min(vy, Math.min(1, Math.min(cx - x + 0.5, x + w - cx + 0.5)));
                if (radius > 0) {
                    double dx = Math.max(0, Math.max(x + radius - cx, cx - (x + w - radius)));
                    double dy = Math.max(0, Math.max(y + radius - cy, cy - (y + h - radius)));
                    if (dx > 0 && dy > 0) {
                        // sqrt, not hypot: hypot guards against overflow that a few pixels cannot reach, and
                        // cost a tenth of the FX thread's time while every counter changed
                        v = Math.min(v, radius + 0.5 - Math.sqrt(dx * dx + dy * dy));
                    }
                }
                blend(px, py, c, coverage(v));
            }
        }
    }

    /**
     * A ring of radius {@code r} and stroke {@code stroke} around (cx, cy), from twelve o'clock clockwise over
     * {@code share} (0–1) of the turn.
     */
    void arc(double cx, double cy, double r, double stroke, double share, int c) {
        stamp(RingShape.of(cx, cy, r, stroke), cx, cy, share, c);
    }

    /** A pie of radius {@code r} from twelve o'clock clockwise over {@code share} of the turn. */
    void pie(double cx, double cy, double r, double share, int c) {
        stamp(RingShape.of(cx, cy, r / 2, r), cx, cy, share, c);
    }

    private void stamp(RingShape shape, double cx, double cy, double share, int c) {
        if (share <= 0) {
            return;
        }
        int x = (int) Math.floor(cx);
        int y = (int) Math.floor(cy);
        if (x + shape.reach < 0 || y + shape.reach < 0 || x - shape.reach >= width || y - shape.reach >= height) {
            return;
        }
        for (int k = 0; k < shape.size; k++) {
            if (shape.turn[k] <= share) {
                blend(x + shape.dx[k], y + shape.dy[k], c, shape.coverage[k]);
            }
        }
    }

    /** A straight line {@code stroke} pixels wide with square-cut ends. */
    void line(double ax, double ay, double bx, double by, double stroke, int c) {
        double len = Math.hypot(bx - ax, by - ay);
        if (len == 0) {
            return;
        }
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - stroke));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + stroke));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - stroke));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + stroke));
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - ax;
                double dy = py + 0.5 - ay;
                double along = dx * ux + dy * uy;
                double across = Math.abs(dy * ux - dx * uy);
                double v = Math.min(stroke / 2 + 0.5 - across, Math.min(along + 0.5, len - along + 0.5));
                blend(px, py, c, coverage(v));
            }
        }
    }

    /**
     * The pixels of a ring (radius, stroke, and where the centre falls within its pixel) with their coverage
     * and their turn from twelve o'clock, worked out once: every cache's rings have the same few sizes, and
     * working out distances and angles per pixel for every sprite cost more than the rest of the sprite.
     */
    private static final class RingShape {

        private static final java.util.Map<String, RingShape> CACHE = new java.util.HashMap<>();

        int size;
        /** No pixel of the shape lies further than this from its centre pixel, across or down. */
        int reach;

        int[] dx = new int[256];
        int[] dy = new int[256];
        int[] coverage = new int[256];
        float[] turn = new float[256];

        static RingShape of(double cx, double cy, double r, double stroke) {
            double fx = cx - Math.floor(cx);
            double fy = cy - Math.floor(cy);
            String key = fx + "," + fy + "," + r + "," + stroke;
            RingShape shape = CACHE.get(key);
            if (shape == null) {
                if (CACHE.size() > 64) {
                    CACHE.clear();
                }
                shape = new RingShape(fx, fy, r, stroke);
                CACHE.put(key, shape);
            }
            return shape;
        }

        private RingShape(double fx, double fy, double r, double stroke) {
            double inner = r - stroke / 2 - 1;
            double outer = r + stroke / 2 + 1;
            double in2 = inner <= 0 ? -1 : inner * inner;
            double out2 = outer * outer;
            reach = (int) Math.ceil(outer) + 1;
            for (int py = -reach; py <= reach; py++) {
                for (int px = -reach; px <= reach; px++) {
                    double dxc = px + 0.5 - fx;
                    double dyc = py + 0.5 - fy;
                    double d2 = dxc * dxc + dyc * dyc;
                    if (d2 < in2 || d2 > out2) {
                        continue;
                    }
                    int cov = coverage(stroke / 2 + 0.5 - Math.abs(Math.sqrt(d2) - r));
                    if (cov == 0) {
                        continue;
                    }
                    double t = Math.atan2(dxc, -dyc) / (2 * Math.PI);
                    add(px, py, cov, (float) (t < 0 ? t + 1 : t));
                }
            }
        }

        private void add(int x, int y, int cov, float t) {
            if (size == dx.length) {
                dx = java.util.Arrays.copyOf(dx, size * 2);
                dy = java.util.Arrays.copyOf(dy, size * 2);
                coverage = java.util.Arrays.copyOf(coverage, size * 2);
                turn = java.util.Arrays.copyOf(turn, size * 2);
            }
            dx[size] = x;
            dy[size] = y;
            coverage[size] = cov;
            turn[size] = t;
            size++;
        }
    }
}
