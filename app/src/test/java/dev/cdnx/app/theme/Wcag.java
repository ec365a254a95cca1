package dev.cdnx.app.theme;

import javafx.scene.paint.Color;

/** The colour arithmetic the contrast and colour-vision tests share: WCAG 2 contrast and sRGB linearisation. */
public final class Wcag {

    private Wcag() {}

    /** WCAG 2 contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an opaque colour. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /**
     * An sRGB channel (0-1) in linear light. The threshold is the sRGB standard's 0.04045 (WCAG 2 prints
     * 0.03928): no 8-bit channel value lies between the two, so both give the same figures.
     */
    public static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** A translucent colour painted over an opaque one: the opaque colour the eye sees. */
    public static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(
                top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }
}
