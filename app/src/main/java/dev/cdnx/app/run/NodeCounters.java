package dev.cdnx.app.run;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The figures written on the map during a run: beside a cache, its requests, hits, misses and coalesced
 * requests (on hover, or on every node when asked); above an origin, a badge with the fetches it has served
 * so far, large, and its load. Every figure is the engine's own per-node counter from the latest
 * {@link RunResult}, the same numbers {@code cdnx simulate --json} prints under {@code nodes}.
 */
final class NodeCounters {

    /** Measures text (a canvas cannot) to size the chips behind it; used on the FX thread only. */
    private static final Text MEASURE = new Text();

    private static final Font SMALL = Font.font(10);
    private static final Font BIG = Font.font(null, FontWeight.BOLD, 20);

    private final Map<String, RunResult.NodeStats> byName = new HashMap<>();
    private RunResult shown;
    /** The fonts at the last paint's zoom: looking a font up per node cost more than the whole frame. */
    private double fontPx = Double.NaN;

    private Font small = SMALL;
    private Font big = BIG;

    private void fontsFor(double px) {
        if (px != fontPx) {
            fontPx = px;
            small = Font.font(SMALL.getSize() * px);
            big = Font.font(BIG.getFamily(), FontWeight.BOLD, BIG.getSize() * px);
        }
    }

    /** Takes the counters of {@code r} (null before the first result). */
    void update(RunResult r) {
        if (Objects.equals(r, shown)) {
            return;
        }
        shown = r;
        byName.clear();
        if (r != null) {
            for (RunResult.NodeStats n : r.nodes()) {
                byName.put(n.name(), n);
            }
        }
    }

    RunResult.NodeStats stats(String node) {
        return byName.get(node);
    }

    /** The lines written beside a cache node, or an empty list before its first result. */
    List<String> cacheLines(String node) {
        RunResult.NodeStats s = byName.get(node);
        if (s == null) {
            return List.of();
        }
        return List.of(
                "requests " + count(s.requests()),
                "hits " + count(s.hits()),
                "misses " + count(s.misses()),
                "coalesced " + count(s.coalesced()));
    }

    /** The origin badge's big figure: the fetches this origin has served so far, or null before a result. */
    String originFetches(String node) {
        RunResult.NodeStats s = byName.get(node);
        return s == null ? null : count(s.requests());
    }

    /** The badge's load line: fetches being served against the origin's capacity, and any queue. */
    static String loadLine(LiveSnapshot.NodeGauge g) {
        String q = g.down() ? ", down" : g.strained() ? ", " + count(g.originQueued()) + " queued" : "";
        return "load " + g.originBusy() + "/" + g.originConcurrency() + q;
    }

    static String count(long n) {
        return String.format("%,d", n);
    }

    /**
     * Draws a cache's figures to the right of its disc, on a chip. {@code px} is one screen pixel in world
     * units, so the chip keeps its size on screen whatever the zoom.
     */
    void paintCache(GraphicsContext g, ThemeColors c, double x, double y, String node, double px) {
        List<String> lines = cacheLines(node);
        if (lines.isEmpty()) {
            return;
        }
        double lineH = 12;
        // One measurement per node: the longest line sets the chip's width.
        String longest = lines.get(0);
        for (String l : lines) {
            longest = l.length() > longest.length() ? l : longest;
        }
        double w = width(longest, SMALL);
        fontsFor(px);
        double left = x + (NodeView.RADIUS + 16) * px;
        double top = y - lines.size() * lineH / 2 * px;
        chip(g, c, left - 3 * px, top - 2 * px, (w + 6) * px, (lines.size() * lineH + 4) * px, px);
        g.setFill(c.text);
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), left, top + i * lineH * px);
        }
    }

    /**
     * Draws the origin's badge above its load meter: the fetches so far in large type, what they are, and
     * the load line. {@code bottom} is where the meter starts (world units).
     */
    void paintOrigin(
            GraphicsContext g,
            ThemeColors c,
            double x,
            double bottom,
            String node,
            LiveSnapshot.NodeGauge n,
            double px) {
        String big = originFetches(node);
        if (big == null) {
            big = "0";
        }
        String what = "origin fetches";
        String load = loadLine(n);
        double w = Math.max(width(big, BIG), Math.max(width(what, SMALL), width(load, SMALL))) + 10;
        double h = 24 + 12 + 12 + 4;
        double top = bottom - (h + 2) * px;
        chip(g, c, x - w / 2 * px, top, w * px, h * px, px);
        g.setFill(c.text);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        fontsFor(px);
        g.setFont(this.big);
        g.fillText(big, x, top + 2 * px);
        g.setFont(small);
        g.fillText(what, x, top + 26 * px);
        g.fillText(load, x, top + 38 * px);
    }

    private static void chip(GraphicsContext g, ThemeColors c, double x, double y, double w, double h, double px) {
        g.setFill(c.textChip);
        g.fillRoundRect(x, y, w, h, 6 * px, 6 * px);
    }

    private static double width(String s, Font f) {
        MEASURE.setFont(f);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
