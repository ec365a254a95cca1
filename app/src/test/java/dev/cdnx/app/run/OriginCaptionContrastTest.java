package dev.cdnx.app.run;

import static dev.cdnx.app.theme.Wcag.contrast;
import static dev.cdnx.app.theme.Wcag.over;
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
}
