package dev.cdnx.app.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;

/**
 * Places the figure blocks written on the map during a run (origin badges, cache counter chips) so that none
 * covers another block, a node's disc with its rings, a node's name or a box kept clear (the run's caption,
 * the legend). Like a map's label placer, it tries places around the node in a fixed order, first close to
 * the disc and then in rings further out (a block set apart gets a leader line to its node), and takes the
 * first free one; with none free, the one that covers the least. A node keeps the place it had while that
 * place stays free, so blocks do not jump about as their figures grow. Pure arithmetic in world units.
 *
 * <p>Before, every cache's chip stood to the right of its disc and the badge above the origin whatever was
 * there: in cost-lever the shield's, the edge's and the origin's figures lay on top of each other (#16).
 */
final class BlockPlacer {

    /** The order of the places around a disc: where a block of this kind reads best comes first. */
    enum Order {
        /** Above the disc first (the origin badge's place), then the upper corners, sides, below, lower corners. */
        BADGE("01234567"),
        /** Right of the disc first (a counter chip's place), then left, the corners, below and above. */
        CHIP("34162750");

        /** Side numbers (0 above, 1 upper right, 2 upper left, 3 right, 4 left, 5 below, 6 lower right, 7 lower left). */
        private final String sides;

        Order(String sides) {
            this.sides = sides;
        }
    }

    /**
     * Rings of places: the first touches the disc's gap, each further one stands out by {@link #step}. With
     * five, edge-new-york in cost-lever (four nodes of one city, each with a four-line chip, at 52 %) found no
     * free place, and the place covering the least touched the end of its own name (#17).
     */
    static final int RINGS = 8;

    /** Everything a block must keep clear of: {x0, y0, x1, y1, owner node or -1}. */
    private final List<double[]> boxes = new ArrayList<>();
    /**
     * The boxes by grid cell, so a place is checked against its neighbourhood only: with every cache's
     * counters on a map of 300 nodes, checking each place against every name, disc and block took longer
     * than a frame.
     */
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    private final double cell;
    private int[] seen = new int[64];
    private int query;
    private final double step;
    /** Where blocks can be drawn at all (the run's picture); a place reaching out of it is cut off. */
    private Rectangle2D area;

    private double pad;

    /**
     * @param keepClear boxes no block may cover (node names, the caption, the legend)
     * @param step how far each further ring of places stands out, in world units
     */
    BlockPlacer(List<Rectangle2D> keepClear, double step) {
        this.step = step;
        cell = Math.max(step * 4, 1e-6);
        for (Rectangle2D r : keepClear) {
            add(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), -1);
        }
    }

    private void add(double x0, double y0, double x1, double y1, int owner) {
        int id = boxes.size();
        boxes.add(new double[] {x0, y0, x1, y1, owner});
        for (long cx = cellOf(x0); cx <= cellOf(x1); cx++) {
            for (long cy = cellOf(y0); cy <= cellOf(y1); cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(id);
            }
        }
    }

    private long cellOf(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xFFFFFFFFL);
    }

    /** Keeps {@code pad} of air between a block and what it keeps clear of (a measured width can be a pixel short). */
    void pad(double pad) {
        this.pad = pad;
    }

    /** Limits the blocks to {@code area}: the part of a place outside it counts as covered. */
    void limitTo(Rectangle2D area) {
        this.area = area;
    }

    /** A node's disc with its rings, {@code r} around ({@code x}, {@code y}), which blocks keep clear of. */
    void addDisc(int node, double x, double y, double r) {
        add(x - r, y - r, x + r, y + r, node);
    }

    /**
     * A block's place around node {@code node}'s disc, marked taken for the blocks placed after it.
     *
     * @param x the disc's centre
     * @param y the disc's centre
     * @param w the block's width
     * @param h the block's height
     * @param gap the distance from the disc's centre to the block's near edge in the first ring
     * @param order which sides come first
     * @param previous the place the node's block had last time (its {@link Placed#placeIndex}), or -1
     * @return the place: its box and its index (ring × 8 + side)
     */
    Placed place(int node, double x, double y, double w, double h, double gap, Order order, int previous) {
        int n = RINGS * 8;
        int best = 0;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double c = covered(candidate(i, x, y, w, h, gap, order), node);
            if (c == 0) {
                // The old place if it is still free and no further out (a block set apart comes back in
                // once there is room nearer its node), else the first free one.
                boolean keep = previous >= 0
                        && previous < n
                        && previous / 8 <= i / 8
                        && covered(candidate(previous, x, y, w, h, gap, order), node) == 0;
                int at = keep ? previous : i;
                return take(candidate(at, x, y, w, h, gap, order), at);
            }
            // (less by more than rounding: places covered alike keep their order)
            if (c < least - 1e-9 * w * h) {
                least = c;
                best = i;
            }
        }
        return take(candidate(best, x, y, w, h, gap, order), best);
    }

    /** A block's box and the index of its place; ring 0 touches the disc, a block further out is set apart. */
    record Placed(Rectangle2D box, int placeIndex) {
        boolean setApart() {
            return placeIndex >= 8;
        }
    }

    private Placed take(Rectangle2D box, int index) {
        add(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), -1);
        return new Placed(box, index);
    }

    /** Place {@code i}: ring {@code i / 8}, the {@code i % 8}-th side in the order. */
    private Rectangle2D candidate(int i, double x, double y, double w, double h, double gap, Order order) {
        int ring = i / 8;
        double g = gap + ring * step;
        double d = g * Math.sqrt(0.5);
        return switch (order.sides.charAt(i % 8) - '0') {
            case 0 -> new Rectangle2D(x - w / 2, y - g - h, w, h);
            case 1 -> new Rectangle2D(x + d, y - d - h, w, h);
            case 2 -> new Rectangle2D(x - d - w, y - d - h, w, h);
            case 3 -> new Rectangle2D(x + g, y - h / 2, w, h);
            case 4 -> new Rectangle2D(x - g - w, y - h / 2, w, h);
            case 5 -> new Rectangle2D(x - w / 2, y + g, w, h);
            case 6 -> new Rectangle2D(x + d, y + d, w, h);
            default -> new Rectangle2D(x - d - w, y + d, w, h);
        };
    }

    /** The area of {@code b} under the boxes kept clear, the blocks placed so far and other nodes' discs. */
    private double covered(Rectangle2D placed, int node) {
        Rectangle2D b = pad == 0
                ? placed
                : new Rectangle2D(
                        placed.getMinX() - pad,
                        placed.getMinY() - pad,
                        placed.getWidth() + 2 * pad,
                        placed.getHeight() + 2 * pad);
        if (seen.length < boxes.size()) {
            seen = Arrays.copyOf(seen, boxes.size() * 2);
        }
        query++;
        // (a place inside the area adds nothing, exactly: its area less its overlap came out a hair off zero,
        // and a free place then counted as covered)
        double sum = area == null || area.contains(placed)
                ? 0
                : placed.getWidth() * placed.getHeight()
                        - overlap(placed, area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY());
        for (long cx = cellOf(b.getMinX()); cx <= cellOf(b.getMaxX()); cx++) {
            for (long cy = cellOf(b.getMinY()); cy <= cellOf(b.getMaxY()); cy++) {
                List<Integer> here = cells.get(key(cx, cy));
                if (here == null) {
                    continue;
                }
                for (int id : here) {
                    if (seen[id] == query) {
                        continue;
                    }
                    seen[id] = query;
                    double[] t = boxes.get(id);
                    if ((int) t[4] != node || t[4] < 0) {
                        sum += overlap(b, t[0], t[1], t[2], t[3]);
                    }
                }
            }
        }
        return sum;
    }

    private static double overlap(Rectangle2D b, double x0, double y0, double x1, double y1) {
        double dx = Math.min(b.getMaxX(), x1) - Math.max(b.getMinX(), x0);
        double dy = Math.min(b.getMaxY(), y1) - Math.max(b.getMinY(), y0);
        return dx > 0 && dy > 0 ? dx * dy : 0;
    }
}
