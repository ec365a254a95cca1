package dev.cdnx.app.files;

import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.io.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks before a save or an export replaces a file that is not of the kind being written (the model's
 * {@link FileKind}, the rule behind the command line's {@code --force}): a PNG written over a scenario, a
 * scenario over notes. Replacing a file of the same kind, or an empty one, asks nothing more than the
 * save dialog did. The question is behind {@link Asker}, so tests answer it without a window.
 */
public final class ReplaceGuard {

    /** Asks whether {@code file} may be replaced; {@code why} says what it is. True to replace it. */
    @FunctionalInterface
    public interface Asker {
        boolean mayReplace(Path file, String why);
    }

    private final Asker asker;

    public ReplaceGuard(Asker asker) {
        this.asker = Objects.requireNonNull(asker);
    }

    /**
     * Whether a file of {@code kind} may be written to {@code target}: true when nothing a person wrote
     * would be lost, or when the person agreed to replace it.
     */
    public boolean mayWrite(Path target, FileKind kind) {
        String why = kind.wouldReplace(target);
        return why == null || asker.mayReplace(target, why);
    }

    /**
     * Whether {@code target}, a name the save dialog did not show the person (an extension was added to
     * what they typed), may be written: any existing file there is asked about.
     */
    public boolean mayWriteUnseen(Path target, FileKind kind) {
        if (!Files.exists(target)) {
            return true;
        }
        String why = kind.wouldReplace(target);
        return asker.mayReplace(target, why != null ? why : target + " already exists");
    }

    /** The program's: a dialog over {@code owner} whose default button keeps the file. */
    public static ReplaceGuard dialogs(Supplier<Window> owner) {
        return new ReplaceGuard((file, why) -> {
            ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
            Alert a = new Alert(
                    Alert.AlertType.WARNING,
                    why + ". Replacing it loses what it holds; choose another name to keep it.",
                    replace,
                    ButtonType.CANCEL);
            Theme.install(a);
            a.setTitle("Replace " + file.getFileName() + "?");
            a.setHeaderText("Replace " + file.getFileName() + "?");
            ((Button) a.getDialogPane().lookupButton(replace)).setDefaultButton(false);
            ((Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            Window w = owner == null ? null : owner.get();
            if (w != null) {
                a.initOwner(w);
            }
            return a.showAndWait().filter(replace::equals).isPresent();
        });
    }
}
