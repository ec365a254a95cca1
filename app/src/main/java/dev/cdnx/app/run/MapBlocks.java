package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.model.scenario.NodeKind;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where each node's figures stand on the map at one check of the gauges: the origins' badges first (the
 * story's headline figure), then the counter chips of the shields and then of the edges, each placed by a
 * {@link BlockPlacer} clear of every node's disc and rings, every name, the boxes kept clear and the blocks
 * placed before it. World units; {@code px} is the world length of one screen pixel.
 */
final class MapBlocks {

    /** How far a disc's rings (and a flash around it) reach from its centre, in screen pixels. */
    static final double RING_REACH = NodeView.RADIUS + 11;
    /** A counter chip's near edge from the disc's centre (just outside the rings), in screen pixels. */
    static final double CHIP_GAP = NodeView.RADIUS + 13;
    /** The badge's near edge from the origin's centre, in screen pixels. */
    static final double BADGE_GAP = NodeView.RADIUS + 5;
    /** A chip's line height and its padding, in screen pixels (CounterSprites draws it so). */
    static final double LINE = 12;

    private static final double STEP = 26;
    private static final Text MEASURE = new Text();
    private static final Font SMALL = Font.font(10);

    private final Rectangle2D[] boxes;
    private final boolean[] setApart;
    /** Each node's place index last time, so a block keeps its place while that stays free. */
    private final int[] previous;
    /** The boxes the last plan kept clear of. */
    private List<Rectangle2D> keptClear = List.of();
    /** What the last plan placed: each block's size (screen pixels), the area and the zoom. */
    private double[] lastW;

    private double[] lastH;
    private Rectangle2D lastArea;
    private double lastPx;
    private int placings;

    MapBlocks(int nodes) {
        boxes = new Rectangle2D[nodes];
        setApart = new boolean[nodes];
        previous = new int[nodes];
        Arrays.fill(previous, -1);
    }

    /** What is written on the map at a node: a badge (origin) or chip lines (cache), or nothing. */
    interface Figures {
        /** The badge's figure and load line, or null when node {@code i} has no badge. */
        String[] badge(int i);

        /** The lines of node {@code i}'s chip; empty when it shows none. */
        List<String> chip(int i);

        /** The width of a chip with these lines, in screen pixels. */
        default double chipWidth(List<String> lines) {
            return MapBlocks.chipWidth(lines);
        }
    }

    /**
     * Places every badge and chip of this check inside {@code area} (the run's picture, world units). When
     * every block's size, the boxes kept clear, the area and the zoom are what the last plan had, the last
     * plan stands: placing again would put every block where it is (each keeps a place that stays free), and
     * placing 300 blocks ten times a second was a fifth of a frame's work with counters on every cache.
     */
    void plan(RunGeometry geo, Figures figures, List<Rectangle2D> keepClear, Rectangle2D area, double px) {
        int n = Math.min(geo.size(), boxes.length);
        double[] w = new double[n];
        double[] h = new double[n];
        measure(geo, figures, w, h);
        if (Arrays.equals(w, lastW)
                && Arrays.equals(h, lastH)
                && keepClear.equals(keptClear)
                && area.equals(lastArea)
                && px == lastPx) {
            return;
        }
        lastW = w;
        lastH = h;
        lastArea = area;
        lastPx = px;
        keptClear = List.copyOf(keepClear);
        placings++;
        BlockPlacer placer = new BlockPlacer(keepClear, STEP * px);
        placer.limitTo(area);
        placer.pad(2 * px);
        for (int i = 0; i < n; i++) {
            placer.addDisc(i, geo.x[i], geo.y[i], RING_REACH * px);
            boxes[i] = null;
            setApart[i] = false;
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                if (rank(geo.kinds[i]) != pass) {
                    continue;
                }
                if (w[i] == 0) {
                    previous[i] = -1;
                    continue;
                }
                double gap = pass == 0 ? BADGE_GAP : CHIP_GAP;
                BlockPlacer.Order order = pass == 0 ? BlockPlacer.Order.BADGE : BlockPlacer.Order.CHIP;
                BlockPlacer.Placed p =
                        placer.place(i, geo.x[i], geo.y[i], w[i] * px, h[i] * px, gap * px, order, previous[i]);
                boxes[i] = p.box();
                setApart[i] = p.setApart();
                previous[i] = p.placeIndex();
            }
        }
    }

    /** Each node's block size in screen pixels (0 by 0: nothing written at that node this check). */
    private static void measure(RunGeometry geo, Figures figures, double[] w, double[] h) {
        for (int i = 0; i < w.length; i++) {
            int rank = rank(geo.kinds[i]);
            if (rank == 0) {
                String[] b = figures.badge(i);
                if (b != null) {
                    w[i] = BadgePlacement.badgeWidth(b[0], b[1]);
                    h[i] = BadgePlacement.HEIGHT;
                }
            } else if (rank > 0) {
                List<String> lines = figures.chip(i);
                if (!lines.isEmpty()) {
                    w[i] = figures.chipWidth(lines);
                    h[i] = lines.size() * LINE + 4;
                }
            }
        }
    }

    /** How many checks placed the blocks anew (the others kept the last plan). */
    int placings() {
        return placings;
    }

    /** The boxes (names, caption, legend) the last plan kept clear of. */
    List<Rectangle2D> keptClear() {
        return keptClear;
    }

    /** How many nodes this plan is for. */
    int size() {
        return boxes.length;
    }

    /** Node {@code i}'s badge or chip box this check (world units), or null. */
    Rectangle2D box(int i) {
        return i < boxes.length ? boxes[i] : null;
    }

    /** Whether node {@code i}'s block stands out beyond the first ring (it gets a leader line). */
    boolean setApart(int i) {
        return i < setApart.length && setApart[i];
    }

    /** Origins first, shields second, the other caches third; -1: nothing written. */
    private static int rank(NodeKind k) {
        if (k == NodeKind.ORIGIN) {
            return 0;
        }
        if (k == NodeKind.SHIELD) {
            return 1;
        }
        return k.caches() ? 2 : -1;
    }

    /** A chip's width in screen pixels, measured with the chip's font: its widest line and its padding. */
    static double chipWidth(List<String> lines) {
        MEASURE.setFont(SMALL);
        double w = 0;
        for (String l : lines) {
            MEASURE.setText(l);
            w = Math.max(w, MEASURE.getLayoutBounds().getWidth());
        }
        return Math.ceil(w) + 8;
    }
}
