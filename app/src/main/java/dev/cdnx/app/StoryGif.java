package dev.cdnx.app;

import dev.cdnx.app.export.GifOptions;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * {@code --export-gif FILE}: records the live run from where it stands (after {@code --play-to}, or from
 * the start) for the GIF's seconds, playing it at the GIF's speed, and exits once the file is written.
 */
final class StoryGif {

    private StoryGif() {}

    /** Starts the recording and the run (FX thread); completes with the number of frames written. */
    static CompletableFuture<Integer> record(MainView view, GifOptions gif) {
        var run = view.workbench().run();
        CompletableFuture<Integer> done = view.exports()
                .recordRun(gif, run.simTimeProperty()::get, run.finishedProperty()::get)
                .whenComplete((n, t) -> Platform.runLater(run::pause));
        run.speedProperty().set(gif.speed());
        run.play();
        return done;
    }

    /** {@link #record}, then says what was written and exits (status 1 when the GIF could not be made). */
    static void recordThenExit(MainView view, GifOptions gif) {
        var unused = record(view, gif)
                .whenComplete((frames, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        System.err.println(
                                "cdn-explorer: cannot write the GIF " + gif.out() + ": " + failure.getMessage());
                        Platform.exit();
                        System.exit(1);
                    }
                    System.out.println("wrote " + gif.out() + " (" + frames + " frames)");
                    Platform.exit();
                }));
    }
}
