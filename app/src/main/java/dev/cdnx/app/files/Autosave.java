package dev.cdnx.app.files;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every few seconds, when there are unsaved changes, writes the scenario (atomically) to a recovery
 * file, by default {@code ~/.cdnx/recovery.json} (the folder follows the system property
 * {@code cdnx.home}). A clean save or a deliberate discard deletes it; a crash leaves it behind, and
 * the next start offers it.
 */
public final class Autosave {

    private final EditorViewModel editor;
    private final Path file;
    private Timeline timer;

    public Autosave(EditorViewModel editor, Path file) {
        this.editor = editor;
        this.file = file;
    }

    public static Path defaultFile() {
        String home = System.getProperty("cdnx.home", System.getProperty("user.home") + "/.cdnx");
        return Path.of(home, "recovery.json");
    }

    public Path file() {
        return file;
    }

    public void start(Duration every) {
        stop();
        timer = new Timeline(new KeyFrame(every, e -> saveNow()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Writes the recovery file when there are unsaved changes; returns whether it wrote. */
    public boolean saveNow() {
        if (!editor.commands().isDirty()) {
            return false;
        }
        try {
            ScenarioIO.write(editor.scenario(), file);
            return true;
        } catch (IOException | RuntimeException e) {
            editor.info("Autosave failed: " + e.getMessage());
            return false;
        }
    }

    /** The recovery file left by an earlier session, if any. */
    public Optional<Path> pending() {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Reads the recovery file (its problems included). */
    public LoadResult read() {
        return ScenarioIO.read(file);
    }

    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            editor.info("Could not delete " + file + ": " + e.getMessage());
        }
    }
}
