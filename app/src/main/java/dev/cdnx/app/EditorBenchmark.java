package dev.cdnx.app;

/** Placeholder; replaced by the real benchmark. */
final class EditorBenchmark {
    private final MainView view;
    private final double seconds;

    EditorBenchmark(MainView view, double seconds) {
        this.view = view;
        this.seconds = seconds;
    }

    void start() {
        javafx.application.Platform.exit();
    }
}
