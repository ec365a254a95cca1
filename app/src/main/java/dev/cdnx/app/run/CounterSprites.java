package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Draws one node's gauges as a {@link Sprite} centred on the node: for a cache, its rings (fill, hit ratio,
 * push coverage) just outside the disc and, when shown, its figures on a chip to the right; for an origin,
 * its load meter and above it the badge with the fetches so far in large type and the load line; a cross on
 * a node that is down. Sizes are screen pixels ({@code px} raster pixels each), as the canvas drew them.
 */
final class CounterSprites {

    private static final double SMALL_PT = 10;
    private static final double BIG_PT = 20;

    private final double px;
    /** Raster pixels per world unit (the down cross is drawn in world units, like the nodes). */
    private final double world;

    final GlyphAtlas small;
    final GlyphAtlas big;

    /** Fonts for {@code px} raster pixels per screen pixel (snapshots: FX thread). */
    CounterSprites(double px, double world) {
        this.px = px;
        this.world = world;
        small = new GlyphAtlas(Font.font(SMALL_PT * px));
        big = new GlyphAtlas(Font.font(null, FontWeight.BOLD, BIG_PT * px));
    }

    /** Whether these fonts and sizes serve the given densities. */
    boolean fits(double px, double world) {
        return Math.abs(px - this.px) < 1e-9 && Math.abs(world - this.world) < 1e-9;
    }

    /** The cache ring's radius in raster pixels: 6 screen pixels outside the node's disc. */
    double ringRadius() {
        return (NodeView.RADIUS + 6) * px;
    }

    /**
     * A cache's sprite, whole. Shares are 0–1 of a turn ({@code hit} and {@code coverage} below 0: not drawn);
     * {@code lines} empty: no chip. The chip's top-left corner stands {@code chipX}, {@code chipY} screen
     * pixels from the disc's centre (placed by {@link MapBlocks} clear of other figures and names); a chip
     * set apart from its disc ({@code leader}) is tied to it by a thin line.
     */
    Sprite cache(
            ThemeColors c,
            double fill,
            double hit,
            double coverage,
            boolean down,
            List<String> lines,
            int chipX,
            int chipY,
            boolean leader) {
        return cache(
                c, new CacheFigures(degrees(fill), degrees(hit), degrees(coverage), down, lines, chipX, chipY, leader));
    }

    /** A cache's sprite, whole, as one picture (what its parts add up to). */
    Sprite cache(ThemeColors c, CacheFigures f) {
        return cache(c, f, layout(f).whole());
    }

    private static int degrees(double share) {
        return share < 0 ? -1 : (int) Math.round(share * 360);
    }

    /** Where the parts of a cache's picture lie for these figures. */
    CacheLayout layout(CacheFigures f) {
        int textW = 0;
        for (String l : f.lines()) {
            textW = Math.max(textW, small.width(l));
        }
        return new CacheLayout(f, textW, px, world, small.lineHeight, small.cellWidth());
    }

    /**
     * One part of a cache's picture ({@link CacheLayout#RINGS}, {@link CacheLayout#CHIP},
     * {@link CacheLayout#LEADER}): the whole picture's pixels inside the part's rectangle, less those of the
     * parts before it, so the parts composed one after another give the whole picture's pixels; null when the
     * part is empty.
     */
    Sprite cachePart(ThemeColors c, CacheFigures f, CacheLayout layout, int part) {
        int[] rect = layout.part(part);
        if (rect == null) {
            return null;
        }
        Sprite s = part == CacheLayout.CHIP ? chip(c, f, rect) : cache(c, f, rect);
        for (int earlier = 0; earlier < part; earlier++) {
            int[] e = layout.part(earlier);
            if (e != null) {
                s.clearRect(e[0], e[1], e[2], e[3]);
            }
        }
        return s;
    }

    /**
     * The chip's part before the rings' rectangle is cleared from it: its plate (and the leader line under it)
     * copied from the last chip drawn at the same spot in the same colours, then its text. Outside the rings'
     * rectangle the rings and the down cross have no ink, so this is the whole picture's pixels there; the
     * plate was most of the time of drawing a chip, and the counters change the text alone.
     */
    private Sprite chip(ThemeColors c, CacheFigures f, int[] rect) {
        int textW = 0;
        for (String l : f.lines()) {
            textW = Math.max(textW, small.width(l));
        }
        List<Object> key = List.of(
                f.chipX(),
                f.chipY(),
                textW,
                f.lines().size(),
                f.leader(),
                Sprite.premultiplied(c.textChip),
                Sprite.premultiplied(c.track));
        int[] plate = plates.get(key);
        if (plate == null) {
            if (plates.size() > 256) {
                plates.clear();
            }
            plate = paint(c, f, rect, false, false).argb;
            plates.put(key, plate);
        }
        Sprite s = new Sprite(rect[0], rect[1], rect[2] - rect[0] + 1, rect[3] - rect[1] + 1, plate.clone());
        List<String> lines = f.lines();
        int ink = Sprite.premultiplied(c.text);
        double x0 = -s.left + f.chipX() * px;
        double y0 = -s.top + f.chipY() * px;
        double lineH = 12 * px;
        for (int i = 0; i < lines.size(); i++) {
            small.draw(s, lines.get(i), (int) Math.round(x0 + 3 * px), (int) Math.round(y0 + 2 * px + i * lineH), ink);
        }
        return s;
    }

    /** The chips' plates by spot, size and colours ({@link #chip}). */
    private final java.util.Map<List<Object>, int[]> plates = new java.util.HashMap<>();

    /** The cache's picture kept to {@code rect} (left, top, right, bottom from its centre, inclusive). */
    private Sprite cache(ThemeColors c, CacheFigures f, int[] rect) {
        return paint(c, f, rect, true, true);
    }

    /**
     * Paints the cache's picture kept to {@code rect}: with {@code gauges} its rings and down cross, with
     * {@code text} the chip's lines; always the chip's plate and leader line.
     */
    private Sprite paint(ThemeColors c, CacheFigures f, int[] rect, boolean gauges, boolean text) {
        double fill = f.fillDeg() / 360.0;
        double hit = f.hitDeg() / 360.0;
        double coverage = f.coverDeg() / 360.0;
        List<String> lines = f.lines();
        double r = ringRadius();
        double r2 = r + 4 * px;
        int textW = 0;
        for (String l : lines) {
            textW = Math.max(textW, small.width(l));
        }
        double lineH = 12 * px;
        double chipW = textW + 6 * px;
        double chipH = lines.size() * lineH + 4 * px;
        double chipLeft = f.chipX() * px;
        double chipTop = f.chipY() * px;
        boolean chip = !lines.isEmpty();
        Sprite s = new Sprite(rect[0], rect[1], rect[2] - rect[0] + 1, rect[3] - rect[1] + 1);
        double cx = -s.left;
        double cy = -s.top;
        if (gauges && coverage > 0) {
            s.pie(cx, cy, r - 3 * px, coverage, Sprite.premultiplied(c.cover));
        }
        if (gauges) {
            s.arc(cx, cy, r, 3 * px, 1, Sprite.premultiplied(c.track));
            s.arc(cx, cy, r, 3 * px, Math.min(1, fill), Sprite.premultiplied(c.fill));
        }
        if (gauges && hit >= 0) {
            s.arc(cx, cy, r2, 3 * px, hit, Sprite.premultiplied(c.hit));
        }
        if (chip) {
            double x0 = cx + chipLeft;
            double y0 = cy + chipTop;
            if (f.leader()) {
                leader(s, c, cx, cy, r2 + 2 * px, x0, y0, chipW, chipH);
            }
            s.fillRoundRect(x0, y0, chipW, chipH, 3 * px, Sprite.premultiplied(c.textChip));
            int ink = Sprite.premultiplied(c.text);
            for (int i = 0; i < lines.size() && text; i++) {
                small.draw(
                        s, lines.get(i), (int) Math.round(x0 + 3 * px), (int) Math.round(y0 + 2 * px + i * lineH), ink);
            }
        }
        if (gauges && f.down()) {
            downCross(s, c, cx, cy);
        }
        return s;
    }

    /** A thin line from the rings' edge to the nearest point of a chip set apart from its disc. */
    private void leader(
            Sprite s, ThemeColors c, double cx, double cy, double from, double x0, double y0, double w, double h) {
        double nx = Math.max(x0, Math.min(cx, x0 + w));
        double ny = Math.max(y0, Math.min(cy, y0 + h));
        double len = Math.hypot(nx - cx, ny - cy);
        if (len <= from) {
            return;
        }
        double ux = (nx - cx) / len;
        double uy = (ny - cy) / len;
        s.line(cx + ux * from, cy + uy * from, nx, ny, 1.5 * px, Sprite.premultiplied(c.track));
    }

    /**
     * An origin's sprite: the meter ({@code load} 0–1, full and in the strained colour when {@code strained})
     * and the badge above it with {@code fetches} large, "origin fetches", and {@code loadLine}. The meter's
     * bottom centre stands {@code badgeX}, {@code badgeY} screen pixels from the disc's centre (placed where
     * it covers no node's name); the down cross stays on the disc.
     */
    Sprite origin(
            ThemeColors c,
            String fetches,
            String loadLine,
            double load,
            boolean strained,
            boolean down,
            int badgeX,
            int badgeY) {
        String what = "origin fetches";
        double w = Math.max(big.width(fetches), Math.max(small.width(what), small.width(loadLine))) + 10 * px;
        double meterW = 56 * px;
        double meterH = 7 * px;
        double bx = badgeX * px;
        double meterTop = badgeY * px - meterH;
        double badgeH = 52 * px;
        double badgeTop = meterTop - px - badgeH - 2 * px;
        double halfW = Math.max(w, meterW) / 2;
        double reach = cross();
        int left = (int) Math.floor(Math.min(-reach, bx - halfW)) - 1;
        int right = (int) Math.ceil(Math.max(reach, bx + halfW)) + 1;
        int top = (int) Math.floor(Math.min(-reach, badgeTop)) - 1;
        int bottom = (int) Math.ceil(Math.max(reach, meterTop + meterH)) + 1;
        Sprite s = new Sprite(left, top, right - left + 1, bottom - top + 1);
        double cx = -left;
        double cy = -top;
        double mx = cx + bx;
        s.fillRect(mx - meterW / 2, cy + meterTop, meterW, meterH, Sprite.premultiplied(c.track));
        s.fillRect(
                mx - meterW / 2,
                cy + meterTop,
                meterW * (strained ? 1 : Math.min(1, load)),
                meterH,
                Sprite.premultiplied(strained ? c.originStrained : c.originOk));
        double by = cy + badgeTop;
        s.fillRoundRect(mx - w / 2, by, w, badgeH, 3 * px, Sprite.premultiplied(c.textChip));
        int ink = Sprite.premultiplied(c.text);
        big.draw(s, fetches, (int) Math.round(mx - big.width(fetches) / 2.0), (int) Math.round(by + 2 * px), ink);
        small.draw(s, what, (int) Math.round(mx - small.width(what) / 2.0), (int) Math.round(by + 26 * px), ink);
        small.draw(
                s, loadLine, (int) Math.round(mx - small.width(loadLine) / 2.0), (int) Math.round(by + 38 * px), ink);
        if (down) {
            downCross(s, c, cx, cy);
        }
        return s;
    }

    /** A sprite with only the down cross (a user node or an unknown kind that is down). */
    Sprite downOnly(ThemeColors c) {
        int h = (int) Math.ceil(cross()) + 1;
        Sprite s = new Sprite(-h, -h, 2 * h + 1, 2 * h + 1);
        downCross(s, c, h, h);
        return s;
    }

    /** How far the down cross reaches from the centre, stroke included. */
    double cross() {
        return 9 * world + 2 * world;
    }

    private void downCross(Sprite s, ThemeColors c, double cx, double cy) {
        int ink = Sprite.premultiplied(c.downColor);
        double a = 9 * world;
        s.line(cx - a, cy - a, cx + a, cy + a, 3 * world, ink);
        s.line(cx - a, cy + a, cx + a, cy - a, 3 * world, ink);
    }
}
