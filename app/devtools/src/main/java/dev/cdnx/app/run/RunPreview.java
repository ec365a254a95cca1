package dev.cdnx.app.run;

import javafx.application.Application;

/**
 * Launches the live-run preview window (a plain class, so JavaFX on the class path starts without a
 * module path). Usage:
 *
 * <pre>
 *   RunPreview [scenario.json | sample-name] [--model pull|push|hybrid] [--speed X|max] [--play] [--follow]
 *              [--fps] [--down NODE --down-after SECONDS] [--screenshot out.png --after SECONDS]
 *   RunPreview --bench-animation SECONDS
 * </pre>
 */
public final class RunPreview {

    private RunPreview() {}

    public static void main(String[] args) {
        Application.launch(RunPreviewApp.class, args);
    }
}
