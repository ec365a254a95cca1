package dev.cdnx.app.files;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * New, open, save and save-as of the edited scenario, without dialogs (the view asks the questions).
 * Opening never throws: an unreadable file comes back as a {@link LoadResult} with its problems and
 * leaves the open document alone. Saving is atomic ({@link ScenarioIO#write}).
 */
public final class DocumentFiles {

    private final EditorViewModel editor;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(this, "source", "Untitled");

    public DocumentFiles(EditorViewModel editor, RecentFiles recent, Autosave autosave) {
        this.editor = editor;
        this.recent = recent;
        this.autosave = autosave;
        editor.baseDirProperty()
                .bind(Bindings.createObjectBinding(
                        () -> file.get() == null
                                ? null
                                : file.get().toAbsolutePath().getParent(),
                        file));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public RecentFiles recent() {
        return recent;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** "name — file" with a leading • when there are unsaved changes. */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(
                () -> (editor.commands().isDirty() ? "• " : "") + source.get() + " — CDN Explorer",
                source,
                editor.commands().dirtyProperty());
    }

    public void newDocument() {
        Scenario s = new Scenario();
        s.name = "Untitled";
        editor.replace(s);
        file.set(null);
        source.set("Untitled");
        editor.info("New scenario");
    }

    /** Opens a file; on success the document is replaced. The result's problems are for the caller to show. */
    public LoadResult open(Path path) {
        LoadResult r = ScenarioIO.read(path);
        if (r.scenario() != null) {
            editor.replace(r.scenario());
            file.set(path);
            source.set(path.getFileName().toString());
            recent.add(path);
            editor.info("Opened " + path + summary(r.problems()));
        } else {
            editor.info("Could not open " + path + summary(r.problems()));
        }
        return r;
    }

    /** Opens a sample from the classpath; it has no file, so Save asks where to save it. */
    public LoadResult openSample(String name) {
        String text = SampleIndex.read(name);
        if (text == null) {
            return new LoadResult(
                    null,
                    List.of(Problem.error("", "no sample named " + name, "pick one from File › Samples")
                            .at(name + ".json", 0, 0)));
        }
        LoadResult r = ScenarioIO.read(text, name + ".json");
        if (r.scenario() != null) {
            editor.replace(r.scenario());
            file.set(null);
            source.set(name + ".json (sample)");
            editor.info("Opened sample " + name + summary(r.problems()));
        }
        return r;
    }

    /** Starts a new untitled document from a template (File › New from Template); Save asks where. */
    public LoadResult newFromTemplate(String id) {
        String text = Templates.read(id);
        if (text == null) {
            return new LoadResult(
                    null,
                    List.of(Problem.error("", "no template named " + id, "pick one from File › New from Template")
                            .at(id + ".json", 0, 0)));
        }
        LoadResult r = ScenarioIO.read(text, id + ".json");
        if (r.scenario() != null) {
            editor.replace(r.scenario());
            file.set(null);
            source.set("Untitled");
            editor.info("New scenario from the " + id + " template" + summary(r.problems()));
        }
        return r;
    }

    /** Adopts a recovered scenario: unsaved (dirty) until the person saves it somewhere. */
    public void adoptRecovered(Scenario s) {
        editor.replace(s);
        file.set(null);
        source.set("Recovered");
        editor.commands().markUnsaved();
        editor.info("Recovered the autosaved scenario; save it to keep it");
    }

    /** Saves to the current file; false when there is none yet (the caller asks Save As). */
    public boolean save() throws IOException {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    public void saveAs(Path path) throws IOException {
        ScenarioIO.write(editor.scenario(), path);
        file.set(path);
        source.set(path.getFileName().toString());
        editor.commands().markSaved();
        recent.add(path);
        autosave.discard();
        editor.info("Saved " + path);
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (problems.isEmpty()) {
            return "";
        }
        return " (" + errors + " errors, " + warnings + " warnings)";
    }
}
