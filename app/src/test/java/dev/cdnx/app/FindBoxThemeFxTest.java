package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static dev.cdnx.app.theme.Wcag.contrast;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Find box (Ctrl+F) is a popup window of its own (#17): it draws its own background from the theme, so
 * its hint reads as well in the dark theme as in the light one (it showed pale text on the window's white).
 */
@Tag("window")
class FindBoxThemeFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-findtheme");
    }

    @AfterEach
    void backToLight() {
        fx(() -> {
            Theme.select(Theme.LIGHT);
            return null;
        });
    }

    /** The contrast of the hint's text against the box's background, or 0 when the box draws none. */
    private static double hintContrast(Theme theme) {
        return fx(() -> {
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample("hello-cdn");
            Theme.install(new Scene(view, 1440, 900));
            Theme.select(theme);
            Region box = view.actions().findPopup.content();
            box.applyCss();
            Background bg = box.getBackground();
            Label hint = (Label) box.lookup(".cdn-find-hint");
            if (bg == null || bg.getFills().isEmpty() || !(hint.getTextFill() instanceof Color text)) {
                return 0.0;
            }
            Color back = (Color) bg.getFills().get(bg.getFills().size() - 1).getFill();
            if (back.getOpacity() < 1) {
                return 0.0;
            }
            return contrast(text, back);
        });
    }

    @Test
    void theHintReadsInTheLightTheme() {
        double c = hintContrast(Theme.LIGHT);
        assertTrue(c >= 4.5, "contrast " + c);
    }

    @Test
    void theHintReadsInTheDarkTheme() {
        double c = hintContrast(Theme.DARK);
        assertTrue(c >= 4.5, "contrast " + c);
    }
}
