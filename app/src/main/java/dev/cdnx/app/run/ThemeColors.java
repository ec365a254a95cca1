package dev.cdnx.app.run;

import dev.cdnx.app.theme.LookedUpColor;
import dev.cdnx.app.theme.Theme;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/**
 * Colours for the pixel and canvas painters of the live run, read from the theme's looked-up {@code -cdn-*}
 * colours (defined once, in cdn.css) through {@link LookedUpColor} probes. A theme switch marks them stale;
 * the overlay re-reads them at its next frame, so dots, rings, meters and the legend follow the switch live.
 * Until CSS has applied, the Okabe–Ito defaults of {@link DotClass} stand in.
 */
final class ThemeColors {

    private static final String[] DOT_NAMES = {
        "-cdn-dot-request",
        "-cdn-dot-hit",
        "-cdn-dot-stale",
        "-cdn-dot-miss",
        "-cdn-dot-revalidated",
        "-cdn-dot-coalesced",
        "-cdn-dot-stale-if-error",
        "-cdn-dot-error"
    };

    private final LookedUpColor[] dot = new LookedUpColor[DotClass.COUNT];
    private final LookedUpColor outlineProbe = new LookedUpColor("-cdn-dot-outline");
    private final LookedUpColor gaugeTrack = new LookedUpColor("-cdn-gauge-track");
    private final LookedUpColor gaugeFill = new LookedUpColor("-cdn-gauge-fill");
    private final LookedUpColor gaugeHit = new LookedUpColor("-cdn-gauge-hit");
    private final LookedUpColor coverage = new LookedUpColor("-cdn-coverage");
    private final LookedUpColor ok = new LookedUpColor("-cdn-origin-ok");
    private final LookedUpColor strained = new LookedUpColor("-cdn-origin-strained");
    private final LookedUpColor down = new LookedUpColor("-cdn-down");
    private final LookedUpColor label = new LookedUpColor("-cdn-run-label");
    private final LookedUpColor labelChip = new LookedUpColor("-cdn-run-label-chip");
    /** Held so the weak listener on the global theme lives as long as these colours. */
    private final InvalidationListener onTheme = o -> stale = true;

    private boolean stale = true;
    /** Bumped by every refresh, so painters that cache pictures of the colours know to redraw them. */
    int generation;

    final int[] dotArgb = DotClass.ARGB.clone();
    int outlineArgb = 0xD91F2328;
    Color track = Color.web("#8c959f");
    Color fill = Color.web("#424a53");
    Color hit = Color.web("#009E73");
    Color cover = Color.web("#0072B2", 0.55);
    Color originOk = Color.web("#009E73");
    Color originStrained = Color.web("#D55E00");
    Color downColor = Color.web("#D55E00");
    Color text = Color.web("#1f2328");
    /** Drawn behind captions on the map, so the pale or dark map never meets the text directly. */
    Color textChip = Color.web("#ffffff", 0.85);

    /** Adds the probes to {@code children} (a node inside the themed scene). */
    ThemeColors(List<Node> children) {
        for (int i = 0; i < DotClass.COUNT; i++) {
            dot[i] = new LookedUpColor(DOT_NAMES[i]);
            children.add(dot[i]);
        }
        children.addAll(
                List.of(outlineProbe, gaugeTrack, gaugeFill, gaugeHit, coverage, ok, strained, down, label, labelChip));
        Theme.currentProperty().addListener(new WeakInvalidationListener(onTheme));
    }

    /** The looked-up name of a dot class's colour, e.g. {@code -cdn-dot-miss}. */
    static String dotColorName(int cls) {
        return DOT_NAMES[cls];
    }

    /** Re-reads the colours if the theme changed since the last read; true if it did. */
    boolean refreshIfStale() {
        if (!stale) {
            return false;
        }
        refresh();
        return true;
    }

    /** Re-reads the colours from CSS (after the probes are in a scene). */
    void refresh() {
        stale = false;
        generation++;
        for (int i = 0; i < DotClass.COUNT; i++) {
            Color c = dot[i].read(null);
            if (c != null) {
                dotArgb[i] = LookedUpColor.premultipliedArgb(c);
            }
        }
        Color o = outlineProbe.read(null);
        if (o != null) {
            outlineArgb = LookedUpColor.premultipliedArgb(o);
        }
        track = gaugeTrack.read(track);
        fill = gaugeFill.read(fill);
        hit = gaugeHit.read(hit);
        cover = coverage.read(cover);
        originOk = ok.read(originOk);
        originStrained = strained.read(originStrained);
        downColor = down.read(downColor);
        text = label.read(text);
        textChip = labelChip.read(textChip);
    }

    Color dotColor(int cls) {
        int a = dotArgb[cls];
        return Color.rgb(a >> 16 & 0xFF, a >> 8 & 0xFF, a & 0xFF);
    }
}
