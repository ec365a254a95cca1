package dev.cdnx.app.panels;

import javafx.scene.control.Tab;

/**
 * The name a bottom tab answers to in lessons and {@code --show} ("metrics", "cost", …). It is kept on
 * the tab when the tab is made, so nothing has to read it back out of the tab's CSS id.
 */
public final class PanelTabs {

    private static final String NAME_KEY = "cdnx.panel.name";

    private PanelTabs() {}

    /** Gives {@code tab} its panel name and returns it. */
    public static Tab named(Tab tab, String name) {
        tab.getProperties().put(NAME_KEY, name);
        return tab;
    }

    /** The panel name given with {@link #named}, or "" for a tab that has none. */
    public static String nameOf(Tab tab) {
        return tab.getProperties().get(NAME_KEY) instanceof String name ? name : "";
    }
}
