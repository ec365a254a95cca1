package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.scenario.NodeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javafx.geometry.Rectangle2D;

/**
 * Turns one snapshot into the pictures each node wants on the map: a cache's rings and counter chip and a
 * down node's cross go to the {@link GaugeLayer} ({@link CacheLayout#PARTS} slots a node, which it draws only when their key
 * changed), an origin's
 * badge to the {@link BadgeViews} above the dots. The chips and badges are placed first, clear of one
 * another and of the names ({@link MapBlocks}); where they were placed is kept for tests and lessons.
 */
final class NodePictures {

    /** The meter is 56 screen pixels long: its load is drawn to the half pixel. */
    private static final int LOAD_STEPS = 112;

    private final NodeCounters counters;
    private final BadgeViews badges;
    private final Map<String, Rectangle2D> badgeBoxes = new HashMap<>();
    private final Map<String, Rectangle2D> chipBoxes = new HashMap<>();
    private MapBlocks blocks;

    NodePictures(NodeCounters counters, BadgeViews badges) {
        this.counters = counters;
        this.badges = badges;
    }

    /**
     * Where the run's raster lies: world ({@code ox}, {@code oy}) is its top-left pixel, {@code scale} raster
     * pixels a world unit, {@code zoom} screen pixels a world unit.
     */
    record View(RunGeometry geo, double ox, double oy, double scale, double zoom, int width, int height) {

        int rasterX(int i) {
            return (int) Math.round((geo.x[i] - ox) * scale);
        }

        int rasterY(int i) {
            return (int) Math.round((geo.y[i] - oy) * scale);
        }
    }

    /** An origin's picture; {@code badgeX}/{@code badgeY}: its badge's bottom centre from the disc, in screen px. */
    private record OriginKey(
            String fetches, String loadLine, int loadStep, boolean strained, boolean down, int badgeX, int badgeY) {}

    private record DownKey() {}

    /**
     * Hands every node's wanted picture to the layer and the badges; {@code chipShown} tells which caches
     * show their counters, {@code keepClear} what the chips and badges must not cover (world units).
     */
    void want(
            LiveSnapshot snap,
            View v,
            GaugeLayer layer,
            CounterSprites draw,
            ThemeColors c,
            IntPredicate chipShown,
            List<Rectangle2D> keepClear) {
        RunGeometry geo = v.geo();
        if (snap == null) {
            for (int i = 0; i < geo.size(); i++) {
                for (int p = 0; p < CacheLayout.PARTS; p++) {
                    layer.want(i * CacheLayout.PARTS + p, null, null, 0, 0);
                }
                badges.hide(i);
            }
            return;
        }
        MapBlocks placed = plan(snap, v, draw, chipShown, keepClear);
        for (LiveSnapshot.NodeGauge n : snap.nodes()) {
            int i = n.id().index();
            if (i < 0 || i >= geo.size()) {
                continue;
            }
            int cx = v.rasterX(i);
            int cy = v.rasterY(i);
            NodeKind k = geo.kinds[i];
            if (k.caches()) {
                double coverage = geo.pushTarget[i] ? snap.pushCoverage() : -1;
                Rectangle2D chip = placed.box(i);
                chipBoxes.put(n.name(), chip);
                CacheFigures f = new CacheFigures(
                        degrees(n.fill()),
                        n.requests() > 0 ? degrees(n.hitRatio()) : -1,
                        coverage > 0 ? degrees(coverage) : -1,
                        n.down(),
                        chip == null ? List.of() : counters.cacheLines(n.name()),
                        chip == null ? 0 : (int) Math.round((chip.getMinX() - geo.x[i]) * v.zoom()),
                        chip == null ? 0 : (int) Math.round((chip.getMinY() - geo.y[i]) * v.zoom()),
                        placed.setApart(i));
                wantCache(layer, i, f, draw, c, cx, cy);
            } else if (k == NodeKind.ORIGIN) {
                wantBadge(n, i, v, placed.box(i), draw, c);
                for (int p = 0; p < CacheLayout.PARTS; p++) {
                    layer.want(i * CacheLayout.PARTS + p, null, null, cx, cy);
                }
            } else {
                int slot = i * CacheLayout.PARTS;
                layer.want(slot, n.down() ? new DownKey() : null, n.down() ? () -> draw.downOnly(c) : null, cx, cy);
            }
        }
    }

    /**
     * Hands a cache's picture to the layer as its parts ({@link CacheLayout}), in the node's slots: a change of
     * its figures redraws only the parts it touches.
     */
    static void wantCache(GaugeLayer layer, int i, CacheFigures f, CounterSprites draw, ThemeColors c, int cx, int cy) {
        CacheLayout parts = draw.layout(f);
        for (int p = 0; p < CacheLayout.PARTS; p++) {
            int part = p;
            Object key = parts.key(f, p);
            layer.want(
                    i * CacheLayout.PARTS + p,
                    key,
                    key == null ? null : () -> draw.cachePart(c, f, parts, part),
                    cx,
                    cy);
        }
    }

    private void wantBadge(
            LiveSnapshot.NodeGauge n, int i, View v, Rectangle2D block, CounterSprites draw, ThemeColors c) {
        RunGeometry geo = v.geo();
        String fetches = counters.originFetches(n.name());
        double conc = Math.max(1, n.originConcurrency());
        double load = Math.min(1, (n.originBusy() + n.originQueued()) / conc);
        badgeBoxes.put(n.name(), block);
        OriginKey key = new OriginKey(
                fetches == null ? "0" : fetches,
                NodeCounters.loadLine(n),
                (int) Math.round(load * LOAD_STEPS),
                n.strained(),
                n.down(),
                (int) Math.round((block.getMinX() + block.getWidth() / 2 - geo.x[i]) * v.zoom()),
                (int) Math.round((block.getMaxY() - geo.y[i]) * v.zoom()));
        badges.show(
                i,
                List.of(key, draw, c.generation),
                () -> draw.origin(
                        c,
                        key.fetches(),
                        key.loadLine(),
                        key.loadStep() / (double) LOAD_STEPS,
                        key.strained(),
                        key.down(),
                        key.badgeX(),
                        key.badgeY()),
                v.rasterX(i),
                v.rasterY(i),
                v.ox(),
                v.oy(),
                v.scale());
    }

    /** Places every origin's badge and every shown chip clear of one another, discs, names ({@link MapBlocks}). */
    private MapBlocks plan(
            LiveSnapshot snap, View v, CounterSprites draw, IntPredicate chipShown, List<Rectangle2D> keepClear) {
        RunGeometry geo = v.geo();
        if (blocks == null || blocks.size() != geo.size()) {
            blocks = new MapBlocks(geo.size());
        }
        blocks.plan(
                geo,
                new SnapshotFigures(snap, counters, chipShown, draw.small, v.zoom() / v.scale()),
                keepClear,
                new Rectangle2D(v.ox(), v.oy(), v.width() / v.scale(), v.height() / v.scale()),
                1 / v.zoom());
        return blocks;
    }

    /** A share of a turn in whole degrees (the ring's end moves less than a pixel within one). */
    private static int degrees(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 360);
    }

    /** The boxes the last placing kept clear of, or null before the first. */
    List<Rectangle2D> keptClear() {
        return blocks == null ? null : blocks.keptClear();
    }

    /** Where {@code origin}'s meter and badge were last drawn (world units), or null. */
    Rectangle2D originBadgeBounds(String origin) {
        return badgeBoxes.get(origin);
    }

    /** Where {@code cache}'s counter chip was last drawn (world units), or null when it shows none. */
    Rectangle2D counterBounds(String cache) {
        return chipBoxes.get(cache);
    }
}
