package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import java.util.List;

/**
 * Where a cache's picture lies, in raster pixels from the disc's centre (left, top, right, bottom, inclusive),
 * and how it splits into three small parts: the {@link #RINGS} around the disc (rings, pie and down cross),
 * the counter {@link #CHIP} with its text, and the {@link #LEADER} line between them. Drawn as one picture,
 * a node's gauges reached from its disc to its chip wherever the placer had put it, so each redraw composed
 * a large rectangle over many neighbours; as parts, a change of the figures redraws the chip alone, and a
 * ring only when its angle changes. Each part holds the whole picture's pixels in its rectangle less those
 * of the parts before it, so the parts composed in turn give exactly the whole picture.
 */
final class CacheLayout {

    static final int RINGS = 0;
    static final int CHIP = 1;
    static final int LEADER = 2;
    /** Parts a cache's picture is cut into: the gauge layer gives each node this many slots. */
    static final int PARTS = 3;

    private final int[] whole;
    private final int[] rings;
    private final int[] chip;
    private final int[] leader;
    /** Whether the chip's plate or the leader line reaches into the rings' rectangle. */
    private final boolean plateMeetsRings;
    /** Whether the chip's text reaches into the rings' rectangle. */
    private final boolean textMeetsRings;

    private final int textW;

    CacheLayout(CacheFigures f, int textW, double px, double world, int lineHeight, int cell) {
        this.textW = textW;
        double r2 = (NodeView.RADIUS + 6) * px + 4 * px;
        double reach = Math.max(r2 + 2 * px + 1, 11 * world);
        List<String> lines = f.lines();
        boolean hasChip = !lines.isEmpty();
        double lineH = 12 * px;
        double chipW = textW + 6 * px;
        double chipH = lines.size() * lineH + 4 * px;
        double x0 = f.chipX() * px;
        double y0 = f.chipY() * px;
        whole = new int[] {
            (int) -Math.ceil(hasChip ? Math.max(reach, -x0) : reach),
            (int) -Math.ceil(hasChip ? Math.max(reach, -y0) : reach),
            (int) Math.ceil(hasChip ? Math.max(reach, x0 + chipW + 1) : reach),
            (int) Math.ceil(hasChip ? Math.max(reach, y0 + chipH + 1) : reach)
        };
        // the outer ring's anti-aliased edge, and the down cross's square-cut ends (a pixel belongs to a
        // shape when its centre does, so the bound is the ink's reach rounded up)
        int h = (int) Math.min(Math.ceil(reach), Math.ceil(Math.max(r2 + 1.5 * px + 0.5, 10.5 * world + 1)));
        rings = new int[] {-h, -h, h, h};
        if (!hasChip) {
            chip = null;
            leader = null;
            plateMeetsRings = false;
            textMeetsRings = false;
            return;
        }
        int tx = (int) Math.round(x0 + 3 * px) - 1;
        int ty = (int) Math.round(y0 + 2 * px);
        int tyLast = (int) Math.round(y0 + 2 * px + (lines.size() - 1) * lineH) + lineHeight;
        // the pixels Sprite.fillRoundRect visits; worked out from the centre, not in the sprite's own coordinates,
        // floor and ceil can only come out a pixel wider
        int[] plate = {
            (int) Math.floor(x0), (int) Math.floor(y0), (int) Math.ceil(x0 + chipW) - 1, (int) Math.ceil(y0 + chipH) - 1
        };
        // a pixel of room each way: the painter rounds the text's place in the sprite's own coordinates
        int[] text = {tx - 1, ty - 1, tx + textW + cell + 1, tyLast + 1};
        chip = clip(new int[] {
            Math.min(plate[0], text[0]),
            Math.min(plate[1], text[1]),
            Math.max(plate[2], text[2]),
            Math.max(plate[3], text[3])
        });
        leader = f.leader() ? clip(leaderBounds(r2 + 2 * px, x0, y0, chipW, chipH, 1.5 * px)) : null;
        plateMeetsRings = meets(plate, rings) || (leader != null && meets(leader, rings));
        textMeetsRings = meets(text, rings);
    }

    /** The leader's bounding rectangle as {@link Sprite#line} visits it (a pixel wider each way), or null. */
    private static int[] leaderBounds(double from, double x0, double y0, double w, double h, double stroke) {
        double nx = Math.max(x0, Math.min(0, x0 + w));
        double ny = Math.max(y0, Math.min(0, y0 + h));
        double len = Math.hypot(nx, ny);
        if (len <= from - 0.01) {
            return null; // no leader drawn (and near the edge, an empty part rather than a lost line)
        }
        double ax = nx / len * from;
        double ay = ny / len * from;
        return new int[] {
            (int) Math.floor(Math.min(ax, nx) - stroke) - 1,
            (int) Math.floor(Math.min(ay, ny) - stroke) - 1,
            (int) Math.ceil(Math.max(ax, nx) + stroke) + 1,
            (int) Math.ceil(Math.max(ay, ny) + stroke) + 1
        };
    }

    private int[] clip(int[] r) {
        if (r == null) {
            return null;
        }
        int[] c = {
            Math.max(r[0], whole[0]), Math.max(r[1], whole[1]), Math.min(r[2], whole[2]), Math.min(r[3], whole[3])
        };
        return c[0] > c[2] || c[1] > c[3] ? null : c;
    }

    private static boolean meets(int[] a, int[] b) {
        return a != null && a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
    }

    /** The whole picture's rectangle. */
    int[] whole() {
        return whole;
    }

    /** A part's rectangle, or null when the picture has no such part. */
    int[] part(int p) {
        return switch (p) {
            case RINGS -> rings;
            case CHIP -> chip;
            case LEADER -> leader;
            default -> throw new IllegalArgumentException("no part " + p);
        };
    }

    /** Where the chip stands and how large it is: what its plate and leader line are drawn from. */
    record Spot(int chipX, int chipY, int textW, int lines, boolean leader) {}

    /** The rings' part key: its figures, and the chip's only where the chip reaches into its rectangle. */
    record RingsKey(int fillDeg, int hitDeg, int coverDeg, boolean down, Spot spot, List<String> text) {}

    /**
     * The chip's part key: its lines and its spot (the leader's end lies on its plate); the down cross stays
     * inside the rings' rectangle, but a down node is rare enough to redraw every part for.
     */
    record ChipKey(List<String> lines, Spot spot, boolean down) {}

    /** The leader's part key. */
    record LeaderKey(Spot spot, boolean down) {}

    /** Each part's key for {@code f}: equal keys give equal parts. */
    Object key(CacheFigures f, int part) {
        Spot spot = f.lines().isEmpty()
                ? null
                : new Spot(f.chipX(), f.chipY(), textW, f.lines().size(), f.leader());
        return switch (part) {
            case RINGS ->
                new RingsKey(
                        f.fillDeg(),
                        f.hitDeg(),
                        f.coverDeg(),
                        f.down(),
                        plateMeetsRings ? spot : null,
                        textMeetsRings ? f.lines() : null);
            case CHIP -> chip == null ? null : new ChipKey(f.lines(), spot, f.down());
            case LEADER -> leader == null ? null : new LeaderKey(spot, f.down());
            default -> throw new IllegalArgumentException("no part " + part);
        };
    }
}
