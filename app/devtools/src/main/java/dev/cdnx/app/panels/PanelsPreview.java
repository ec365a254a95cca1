package dev.cdnx.app.panels;

import javafx.application.Application;

/**
 * Starts the panels' standalone preview from the plain classpath (a launcher that is not itself an
 * {@link Application}, so no module path is needed):
 * {@code java -cp ... dev.cdnx.app.panels.PanelsPreview [FILE] [--show decision|cost|checks|compare]
 * [--theme light|dark] [--set PATH=VALUE]... [--measured] [--demo] [--screenshot OUT.png]}.
 * {@code --demo} makes the Compare panel run, pin a baseline, change the TTL, run again and sweep;
 * {@code --screenshot} saves the window once the panel has settled, then exits.
 */
public final class PanelsPreview {

    private PanelsPreview() {}

    public static void main(String[] args) {
        Application.launch(PreviewApp.class, args);
    }
}
