package dev.cdnx.app.export;

import dev.cdnx.app.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Turns a failed export into one friendly sentence and shows it in one dialog — never a stack trace. */
public final class ExportErrors {

    private ExportErrors() {}

    /** "Could not export the PNG: the folder /x is read-only." */
    public static String message(String what, Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException
                        || c instanceof ExecutionException
                        || c instanceof UncheckedIOException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        String why;
        if (c instanceof AccessDeniedException) {
            why = "you may not write " + ((FileSystemException) c).getFile() + "; pick another folder";
        } else if (c instanceof NoSuchFileException) {
            why = "the folder of " + ((FileSystemException) c).getFile() + " does not exist";
        } else if (c instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) c;
            why = (f.getReason() == null ? "the file system refused" : f.getReason()) + " (" + f.getFile() + ")";
        } else if (c instanceof OutOfMemoryError) {
            why = "it needs more memory than the program has; export a smaller area or a shorter stretch";
        } else if (c.getMessage() != null && !c.getMessage().isBlank()) {
            why = c.getMessage();
        } else if (c instanceof IOException) {
            why = "the file could not be written";
        } else {
            why = "something unexpected went wrong (" + c.getClass().getSimpleName() + ")";
        }
        return "Could not export " + what + ": " + why + ".";
    }

    /** Shows the message in an error dialog owned by {@code owner} (FX thread). */
    public static void show(Window owner, String what, Throwable t) {
        Alert a = new Alert(Alert.AlertType.ERROR, message(what, t));
        Theme.install(a);
        a.setTitle("Export failed");
        a.setHeaderText(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
