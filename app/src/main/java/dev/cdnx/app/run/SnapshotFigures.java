package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * What one snapshot writes on the map, for {@link MapBlocks} to place: each origin's badge and the chips of
 * the caches whose counters are shown, sized with the sprites' own glyph widths (measuring text for every
 * chip ten times a second cost milliseconds with every cache's counters on a large map).
 */
final class SnapshotFigures implements MapBlocks.Figures {

    private final Map<Integer, LiveSnapshot.NodeGauge> gauges = new HashMap<>();
    private final NodeCounters counters;
    private final IntPredicate chipShown;
    private final GlyphAtlas font;
    /** Screen pixels per raster pixel. */
    private final double screenPerRaster;

    SnapshotFigures(
            LiveSnapshot snap, NodeCounters counters, IntPredicate chipShown, GlyphAtlas font, double screenPerRaster) {
        for (LiveSnapshot.NodeGauge n : snap.nodes()) {
            gauges.put(n.id().index(), n);
        }
        this.counters = counters;
        this.chipShown = chipShown;
        this.font = font;
        this.screenPerRaster = screenPerRaster;
    }

    @Override
    public String[] badge(int i) {
        LiveSnapshot.NodeGauge g = gauges.get(i);
        return g == null ? null : new String[] {counters.originFetches(g.name()), NodeCounters.loadLine(g)};
    }

    @Override
    public double chipWidth(List<String> lines) {
        int w = 0;
        for (String l : lines) {
            w = Math.max(w, font.width(l));
        }
        return w * screenPerRaster + 8;
    }

    @Override
    public List<String> chip(int i) {
        LiveSnapshot.NodeGauge g = gauges.get(i);
        return g == null || !chipShown.test(i) ? List.of() : counters.cacheLines(g.name());
    }
}
