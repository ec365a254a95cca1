package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.theme.Styles;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The origin meter's caption ("0/100 busy") reads on the map in both themes (#17 item 4): its ink against
 * what is under it (the chip composited over the map's land and sea) has a contrast of at least 4.5:1, the
 * colours read from the themes' stylesheets as the overlay reads them.
 */
class OriginCaptionContrastTest {

    @BeforeAll
    static void fx() {
        FxTestSupport.startFx();
    }

    @Test
    void captionReadsOnThePaleLightMap() {
        check(false, Color.web("#f6f8f3"), Color.web("#e8f1f8"));
    }

    @Test
    void captionReadsOnTheDarkMap() {
        check(true, Color.web("#1c2733"), Color.web("#0b1622"));
    }

    private static void check(boolean dark, Color land, Color sea) {
        ThemeColors colors = FxTestSupport.fx(() -> {
            Group host = new Group();
            ThemeColors c = new ThemeColors(host.getChildren());
            host.getStylesheets().add(RunStyles.STYLESHEET);
            host.getStyleClass().add(RunOverlay.STYLE_CLASS);
            StackPane root = new StackPane(host);
            if (dark) {
                root.getStyleClass().add(Styles.DARK);
            }
            Scene scene = new Scene(root, 200, 200);
            scene.getStylesheets()
                    .add(OriginCaptionContrastTest.class
                            .getResource(Styles.STYLESHEET)
                            .toExternalForm());
            c.refresh();
            return c;
        });
        for (Color map : new Color[] {land, sea}) {
            Color under = over(colors.textChip, map);
            double ratio = contrast(colors.text, under);
            assertTrue(
                    ratio >= 4.5,
                    (dark ? "dark" : "light") + " theme: caption " + colors.text + " on " + under + " has contrast "
                            + ratio);
        }
    }

    /** Paints a translucent colour over an opaque one. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(
                top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
