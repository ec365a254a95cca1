package dev.cdnx.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/** Light or dark: AtlantaFX Primer as the base, the app sheet on top, {@code .cdn-dark} on the root. */
public enum Theme {
    LIGHT,
    DARK;

    private static final ObjectProperty<Theme> CURRENT = new SimpleObjectProperty<>(LIGHT);
    private static final String FOLLOWER = Theme.class.getName() + ".follower";

    static {
        CURRENT.addListener((o, a, b) -> useAgentSheetOf(b));
    }

    public static Theme parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public static ObjectProperty<Theme> currentProperty() {
        return CURRENT;
    }

    /**
     * Applies the current theme to the application and to a scene, which keeps following later switches
     * for as long as the scene itself lives: the scene holds its listener and the theme only a weak reference
     * to it, so a closed window's scene (and the drawing and run it shows) is not kept reachable by the
     * theme and restyled on every later switch. Installing a scene twice adds nothing.
     */
    public static void install(Scene scene) {
        String sheet = Theme.class.getResource(Styles.STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        useAgentSheetOf(CURRENT.get());
        markRoot(scene, CURRENT.get());
        if (!scene.getProperties().containsKey(FOLLOWER)) {
            ChangeListener<Theme> follower = (o, a, b) -> markRoot(scene, b);
            scene.getProperties().put(FOLLOWER, follower);
            CURRENT.addListener(new WeakChangeListener<>(follower));
        }
    }

    /**
     * A dialog's window is a scene of its own, which the main window's sheet does not reach: without this its
     * texts that use the palette's colours (the About dialog's version lines) fell back to the defaults, and
     * a dark session's dialogs kept the light palette. The dialog follows switches while it lives.
     */
    public static void install(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() != null) {
            install(pane.getScene());
        }
        pane.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    public static void select(Theme t) {
        CURRENT.set(t);
    }

    /** The base sheet is the application's, one for all scenes: set once a switch, not once a scene. */
    private static void useAgentSheetOf(Theme t) {
        String agent =
                t == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!agent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(agent);
        }
    }

    private static void markRoot(Scene scene, Theme t) {
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(Styles.DARK);
            if (t == DARK) {
                scene.getRoot().getStyleClass().add(Styles.DARK);
            }
        }
    }
}
