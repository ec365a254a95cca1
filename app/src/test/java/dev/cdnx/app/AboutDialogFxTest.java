package dev.cdnx.app;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.app.theme.Styles;
import dev.cdnx.app.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Help → About says which Java and which JavaFX the program runs on, for bug reports. */
class AboutDialogFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aboutNamesTheJavaAndJavaFxVersions() {
        Label runtime =
                fx(() -> (Label) AboutDialog.create(null, null).getDialogPane().lookup("#about-runtime"));
        assertNotNull(runtime, "the dialog has a runtime line");
        String text = runtime.getText();
        assertTrue(text.contains("Java " + System.getProperty("java.version")), text);
        String fxVersion = fx(() -> System.getProperty("javafx.runtime.version"));
        assertNotNull(fxVersion, "JavaFX reports its version once started");
        assertTrue(text.contains("JavaFX " + fxVersion), text);
    }

    @Test
    void theDialogWearsTheThemeAndItsPalette() {
        try {
            javafx.scene.paint.Paint fill = fx(() -> {
                Theme.select(Theme.DARK);
                javafx.scene.control.Alert about = AboutDialog.create(null, null);
                javafx.scene.Scene scene = about.getDialogPane().getScene();
                assertTrue(scene.getStylesheets().contains(PaletteScenes.sheet()), "the palette sheet");
                assertTrue(scene.getRoot().getStyleClass().contains(Styles.DARK), "marked dark");
                scene.getRoot().applyCss();
                return ((Label) about.getDialogPane().lookup("#about-version")).getTextFill();
            });
            // the dark palette's muted lesson text; without the palette sheet the lookup fails and the label
            // keeps the base theme's text colour
            assertEquals(Color.web("#8b949e"), fill);
        } finally {
            FxTestSupport.fxRun(() -> Theme.select(Theme.LIGHT));
        }
    }
}
