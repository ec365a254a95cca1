package dev.cdnx.app.lessons;

import javafx.application.Application;

/**
 * Launches the lessons preview window (a plain class, so JavaFX on the class path starts without a
 * module path). Usage:
 *
 * <pre>
 *   LessonsPreview [--lesson ID [--show-me N]] [--tab lessons|cards|glossary] [--card N] [--reveal]
 *                  [--term TERM] [--about] [--screenshot out.png]
 * </pre>
 */
public final class LessonsPreview {

    private LessonsPreview() {}

    public static void main(String[] args) {
        Application.launch(LessonsPreviewApp.class, args);
    }
}
