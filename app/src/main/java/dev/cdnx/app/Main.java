package dev.cdnx.app;

import javafx.application.Application;

/**
 * Plain entry point for running from a class path (java -cp … dev.cdnx.app.Main): JavaFX refuses to
 * start an Application subclass as the main class when it is not on the module path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Application.launch(CdnExplorerApp.class, args);
    }
}
