package dev.cdnx.app.theme;

import atlantafx.base.theme.PrimerLight;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Scenes for component tests that carry the app's sheet, as every window of the app does. The panels' and
 * lessons' sheets colour their text with the palette's looked-up colours ({@code -cdn-*}), which that sheet
 * defines: a bare scene leaves every such lookup unresolved, and JavaFX logs a warning for each styled node
 * on every CSS pass (thousands of lines per test run). The light palette on AtlantaFX's Primer, set on the
 * scene alone and with no listener on the theme, so a test's scene neither changes others nor is kept alive.
 */
public final class PaletteScenes {

    private PaletteScenes() {}

    /** A scene of {@code root} at {@code width} × {@code height} with the palette sheet. */
    public static Scene of(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        // the palette's colours are AtlantaFX's (-color-*): the scene's own base sheet, the app's global one untouched
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(sheet());
        return scene;
    }

    /** The URL of the sheet that defines the palette. */
    public static String sheet() {
        return Theme.class.getResource(Styles.STYLESHEET).toExternalForm();
    }
}
