package dev.cdnx.app;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.SplitPane;

/**
 * Remembers where the user left the window's dividers and which folding parts (legend, minimap) they
 * switched off (per user, in the Java preferences under the app's
 * node) and puts them back at the next start. Positions are fractions of the window, so a layout made on
 * a large screen still fits a small one.
 */
final class LayoutMemory {

    private static final String WIDTH = ".width";

    private final Preferences prefs;

    LayoutMemory(String prefsNode) {
        this.prefs = Preferences.userRoot().node(prefsNode).node("layout");
    }

    /** Restores the dividers of {@code pane} saved under {@code key}, then saves every later move. */
    void track(String key, SplitPane pane) {
        double[] positions = pane.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            double saved = prefs.getDouble(key + "." + i, Double.NaN);
            if (saved > 0.02 && saved < 0.98) {
                pane.setDividerPosition(i, saved);
            }
        }
        for (int i = 0; i < pane.getDividers().size(); i++) {
            String name = key + "." + i;
            pane.getDividers().get(i).positionProperty().addListener((o, was, now) -> {
                prefs.putDouble(name, now.doubleValue());
                prefs.putDouble(key + WIDTH, pane.getWidth());
            });
        }
    }

    /**
     * The width in pixels {@code key}'s pane had when its dividers were last saved, or NaN when nothing is
     * saved: a fraction saved in a narrow window means a sliver in a wide one.
     */
    double savedWidth(String key) {
        return prefs.getDouble(key + WIDTH, Double.NaN);
    }

    /** Restores the switch {@code flag} saved under {@code key} (e.g. the minimap shown), then saves every change. */
    void track(String key, BooleanProperty flag) {
        flag.set(prefs.getBoolean(key, flag.get()));
        flag.addListener((o, was, now) -> prefs.putBoolean(key, now));
    }

    /** Forgets every saved divider (tests start from the default layout). */
    void clear() {
        try {
            prefs.clear();
        } catch (BackingStoreException e) {
            // Nothing saved can be forgotten; the defaults still apply to a fresh window.
        }
    }
}
