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
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        int x1 = (int) Math.ceil(x + w);
        int y1 = (int) Math.ceil(y + h);
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
                        v = Math.min(v, radius + 0.5 - Math.hypot(dx, dy));
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
        if (share <= 0) {
            return;
        }
        forRing(cx, cy, r - stroke / 2 - 1, r + stroke / 2 + 1, (px, py, d, turn) -> {
            if (turn <= share) {
                blend(px, py, c, coverage(stroke / 2 + 0.5 - Math.abs(d - r)));
            }
        });
    }

    /** A pie of radius {@code r} from twelve o'clock clockwise over {@code share} of the turn. */
    void pie(double cx, double cy, double r, double share, int c) {
        if (share <= 0) {
            return;
        }
        forRing(cx, cy, 0, r + 1, (px, py, d, turn) -> {
            if (turn <= share) {
                blend(px, py, c, coverage(r + 0.5 - d));
            }
        });
    }

    /** A straight line {@code stroke} pixels wide with square-cut ends. */
    void line(double ax, double ay, double bx, double by, double stroke, int c) {
        double len = Math.hypot(bx - ax, by - ay);
        if (len == 0) {
            return;
        }
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        int x0 = (int) Math.floor(Math.min(ax, bx) - stroke);
        int x1 = (int) Math.ceil(Math.max(ax, bx) + stroke);
        int y0 = (int) Math.floor(Math.min(ay, by) - stroke);
        int y1 = (int) Math.ceil(Math.max(ay, by) + stroke);
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

    private interface DiscPixel {
        void at(int px, int py, double distance, double turn);
    }

    /**
     * Visits the pixels between {@code inner} and {@code outer} from (cx, cy) with their distance and their
     * turn from twelve o'clock (the angle is only worked out for those).
     */
    private void forRing(double cx, double cy, double inner, double outer, DiscPixel p) {
        int x0 = (int) Math.floor(cx - outer);
        int x1 = (int) Math.ceil(cx + outer);
        int y0 = (int) Math.floor(cy - outer);
        int y1 = (int) Math.ceil(cy + outer);
        double in2 = inner <= 0 ? -1 : inner * inner;
        double out2 = outer * outer;
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                double dy = py + 0.5 - cy;
                double d2 = dx * dx + dy * dy;
                if (d2 >= in2 && d2 <= out2) {
                    double d = Math.sqrt(d2);
                    double turn = Math.atan2(dx, -dy) / (2 * Math.PI);
                    p.at(px, py, d, turn < 0 ? turn + 1 : turn);
                }
            }
        }
    }
}
