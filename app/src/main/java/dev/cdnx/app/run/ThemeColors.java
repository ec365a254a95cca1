package dev.cdnx.app.run;

import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Colours for the pixel and canvas painters, read from the stylesheet: each is the background of a hidden
 * swatch region with a style class ({@code run.css} sets them from the looked-up {@code -cdn-*} colours),
 * so a theme changes the dots and gauges too. Falls back to the Okabe–Ito defaults before CSS applies.
 */
final class ThemeColors {

    private final Region[] dot = new Region[DotClass.COUNT];
    private final Region gaugeTrack = swatch("swatch-gauge-track");
    private final Region gaugeFill = swatch("swatch-gauge-fill");
    private final Region gaugeHit = swatch("swatch-gauge-hit");
    private final Region coverage = swatch("swatch-coverage");
    private final Region ok = swatch("swatch-origin-ok");
    private final Region strained = swatch("swatch-origin-strained");
    private final Region down = swatch("swatch-down");
    private final Region label = swatch("swatch-label");
    private final Region labelChip = swatch("swatch-label-chip");
    final int[] dotArgb = DotClass.ARGB.clone();
    Color track = Color.web("#5a5a5a");
    Color fill = Color.web("#e0e0e0");
    Color hit = Color.web("#009E73");
    Color cover = Color.web("#0072B2", 0.55);
    Color originOk = Color.web("#009E73");
    Color originStrained = Color.web("#D55E00");
    Color downColor = Color.web("#D55E00");
    Color text = Color.web("#1f2328");
    /** Drawn behind captions on the map, so the pale or dark map never meets the text directly. */
    Color textChip = Color.web("#ffffff", 0.85);

    ThemeColors(Parent host, java.util.List<javafx.scene.Node> children) {
        for (int i = 0; i < DotClass.COUNT; i++) {
            dot[i] = swatch("swatch-" + DotClass.STYLE_CLASSES[i]);
            children.add(dot[i]);
        }
        children.addAll(java.util.List.of(gaugeTrack, gaugeFill, gaugeHit, coverage, ok, strained, down, label, labelChip));
    }

    private static Region swatch(String cls) {
        Region r = new Region();
        r.getStyleClass().add(cls);
        r.setManaged(false);
        r.setVisible(false);
        r.setMouseTransparent(true);
        return r;
    }

    /** Re-reads the colours from CSS (after the node is in a scene). */
    void refresh() {
        for (int i = 0; i < DotClass.COUNT; i++) {
            Color c = read(dot[i], null);
            if (c != null) {
                dotArgb[i] = argb(c);
            }
        }
        track = read(gaugeTrack, track);
        fill = read(gaugeFill, fill);
        hit = read(gaugeHit, hit);
        cover = read(coverage, cover);
        originOk = read(ok, originOk);
        originStrained = read(strained, originStrained);
        downColor = read(down, downColor);
        text = read(label, text);
        textChip = read(labelChip, textChip);
    }

    private static Color read(Region r, Color fallback) {
        r.applyCss();
        Background b = r.getBackground();
        if (b == null || b.getFills().isEmpty()) {
            return fallback;
        }
        Paint p = b.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    private static int argb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * a);
        int g = (int) Math.round(c.getGreen() * a);
        int bl = (int) Math.round(c.getBlue() * a);
        return a << 24 | r << 16 | g << 8 | bl;
    }
}
