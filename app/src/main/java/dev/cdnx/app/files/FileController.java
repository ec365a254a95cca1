package dev.cdnx.app.files;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.io.FileKind;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file dialogs and questions around {@link DocumentFiles}: choosers, the unsaved-changes prompt,
 * the recovery offer, and the dialog that lists a broken file's problems (file:line, message, fix) —
 * never a stack trace. With {@code quiet} (screenshots, benchmarks, robot tests) nothing is asked and
 * problems go to the log.
 */
public final class FileController {

    private final DocumentFiles files;
    private final EditorViewModel editor;
    private final Supplier<Window> owner;
    private final boolean quiet;

    public FileController(DocumentFiles files, EditorViewModel editor, Supplier<Window> owner, boolean quiet) {
        this.files = files;
        this.editor = editor;
        this.owner = owner;
        this.quiet = quiet;
    }

    public DocumentFiles files() {
        return files;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            files.newDocument();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser("Open scenario").showOpenDialog(owner.get());
        if (f != null) {
            openNow(f.toPath());
        }
    }

    /** Opens a file after asking about unsaved changes (used by recent files and drag-and-drop). */
    public void open(Path path) {
        if (confirmDiscard()) {
            openNow(path);
        }
    }

    private void openNow(Path path) {
        LoadResult r = files.open(path);
        report(path.getFileName().toString(), r);
    }

    /**
     * {@code --open FILE} at start-up: opens the file, or, when it cannot be read, the hello-cdn sample so
     * the window is not empty. Call {@link #reportOnStart} once the window shows.
     */
    public LoadResult openOnStart(Path path) {
        LoadResult r = files.open(path);
        if (r.scenario() == null) {
            files.openSample("hello-cdn");
        }
        return r;
    }

    /**
     * Shows what {@link #openOnStart} found in the same located dialog File › Open shows (file:line,
     * message, fix), so a broken file named on the command line is not reported on the terminal alone.
     */
    public void reportOnStart(Path path, LoadResult r) {
        String what = path.getFileName().toString();
        if (r.scenario() == null) {
            showProblems(
                    "Cannot open " + what,
                    "The file could not be read, so the hello-cdn sample is open " + "instead.",
                    r.problems());
        } else {
            report(what, r);
        }
    }

    /** File › New from Template: a new untitled document from a template, after asking about unsaved changes. */
    public void newFromTemplate(String id) {
        if (confirmDiscard()) {
            report(id + ".json", files.newFromTemplate(id));
        }
    }

    public void openSample(String name) {
        if (confirmDiscard()) {
            report(name + ".json", files.openSample(name));
        }
    }

    private void report(String what, LoadResult r) {
        if (r.scenario() == null) {
            showProblems("Cannot open " + what, "The file could not be read. Nothing was changed.", r.problems());
        } else if (!r.errors().isEmpty()) {
            showProblems(
                    "Problems in " + what,
                    "The scenario opened, but it has errors to fix before it runs. "
                            + "They are also listed under Problems.",
                    r.problems());
        }
    }

    /** Saves; asks for a file when there is none. Returns false when cancelled or failed. */
    public boolean save() {
        try {
            return files.save() || saveAs();
        } catch (IOException e) {
            error("Could not save", e.getMessage());
            return false;
        }
    }

    public boolean saveAs() {
        FileChooser fc = chooser("Save scenario as");
        fc.setInitialFileName(
                editor.scenario().name.replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT) + ".json");
        File f = fc.showSaveDialog(owner.get());
        if (f == null) {
            return false;
        }
        Path p = scenarioTarget(f.toPath(), ReplaceGuard.dialogs(owner));
        if (p == null) {
            editor.info("Not saved: " + f.getName() + " was kept");
            return false;
        }
        try {
            files.saveAs(p);
            return true;
        } catch (IOException e) {
            error("Could not save " + p, e.getMessage());
            return false;
        }
    }

    /**
     * Where Save As writes the name chosen in the dialog ({@code .json} added when missing), or null when
     * the person kept the file there: one that is not a scenario is asked about, and so is any file under
     * a name the dialog did not show (its own question was about the name without {@code .json}).
     */
    static Path scenarioTarget(Path chosen, ReplaceGuard replace) {
        if (chosen.getFileName().toString().endsWith(".json")) {
            return replace.mayWrite(chosen, FileKind.SCENARIO) ? chosen : null;
        }
        Path p = chosen.resolveSibling(chosen.getFileName() + ".json");
        return replace.mayWriteUnseen(p, FileKind.SCENARIO) ? p : null;
    }

    /** True when it is fine to drop the present document (saved, discarded, or nothing to lose). */
    public boolean confirmDiscard() {
        if (!editor.commands().isDirty() || quiet) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.",
                save,
                discard,
                ButtonType.CANCEL);
        Theme.install(a);
        a.setHeaderText("Save changes to " + editor.scenario().name + "?");
        a.initOwner(owner.get());
        Optional<ButtonType> b = a.showAndWait();
        if (b.isEmpty() || b.get() == ButtonType.CANCEL) {
            return false;
        }
        if (b.get() == save) {
            return save();
        }
        files.autosave().discard();
        return true;
    }

    /** On start: offers the scenario an earlier session autosaved and did not save. */
    public void offerRecovery() {
        if (quiet || files.autosave().pending().isEmpty()) {
            return;
        }
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.CONFIRMATION,
                "CDN Explorer closed with unsaved changes. " + "They were autosaved to "
                        + files.autosave().file() + ".",
                recover,
                discard);
        Theme.install(a);
        a.setHeaderText("Recover unsaved work?");
        a.initOwner(owner.get());
        Optional<ButtonType> b = a.showAndWait();
        if (b.isPresent() && b.get() == recover) {
            LoadResult r = files.autosave().read();
            if (r.scenario() != null) {
                files.adoptRecovered(r.scenario());
                return;
            }
            report("the recovery file", r);
        }
        files.autosave().discard();
    }

    public void showProblems(String title, String intro, List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p.format()).append("\n\n");
        }
        if (quiet) {
            editor.info(title + ": " + sb.toString().replace("\n\n", " | "));
            return;
        }
        Alert a = new Alert(
                problems.stream().anyMatch(Problem::isError) ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
        Theme.install(a);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(intro);
        TextArea area = new TextArea(sb.toString().trim());
        area.setId("problems-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(12);
        a.getDialogPane().setExpandableContent(area);
        a.getDialogPane().setExpanded(true);
        a.initOwner(owner.get());
        a.showAndWait();
    }

    private void error(String title, String message) {
        editor.info(title + ": " + message);
        if (!quiet) {
            Alert a = new Alert(Alert.AlertType.ERROR, message);
            Theme.install(a);
            a.setHeaderText(title);
            a.initOwner(owner.get());
            a.showAndWait();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Scenario files (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        Path f = files.fileProperty().get();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        }
        return fc;
    }
}
