package dev.cdnx.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/** Light or dark: AtlantaFX Primer as the base, the app sheet on top, {@code .cdn-dark} on the root. */
public enum Theme {
    LIGHT,
    DARK;

    private static final ObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(LIGHT);

    public static Theme parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public static ObjectProperty<Theme> currentProperty() {
        return CURRENT;
    }

    /** Applies this theme to the application and to a scene (the scene keeps following later switches). */
    public static void install(Scene scene) {
        String sheet = Theme.class.getResource(Styles.STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        apply(scene, CURRENT.get());
        CURRENT.addListener((o, a, b) -> apply(scene, b));
    }

    public static void select(Theme t) {
        CURRENT.set(t);
    }

    private static void apply(Scene scene, Theme t) {
        Application.setUserAgentStylesheet(
                t == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(Styles.DARK);
            if (t == DARK) {
                scene.getRoot().getStyleClass().add(Styles.DARK);
            }
        }
    }
}
