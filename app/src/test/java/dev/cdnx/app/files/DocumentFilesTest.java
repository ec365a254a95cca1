package dev.cdnx.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, open, save, samples and autosave recovery, without dialogs. */
class DocumentFilesTest {

    @TempDir
    Path dir;

    private EditorViewModel vm;
    private DocumentFiles files;

    @BeforeEach
    void setUp() {
        vm = new EditorViewModel(new Scenario());
        files = new DocumentFiles(
                vm, new RecentFiles("dev/cdnx/app-test"), new Autosave(vm, dir.resolve("recovery.json")));
    }

    @Test
    void everySampleIsListedAndOpens() {
        assertTrue(SampleIndex.names().size() >= 11, SampleIndex.names().toString());
        assertEquals("hello-cdn", SampleIndex.names().get(0));
        for (String name : SampleIndex.names()) {
            LoadResult r = files.openSample(name);
            assertNotNull(r.scenario(), name);
        }
    }

    @Test
    void saveAndReopenAreEqual() throws Exception {
        files.openSample("hello-cdn");
        vm.addNode(NodeKind.SHIELD, 1000, 250);
        Path f = dir.resolve("drawn.json");
        files.saveAs(f);
        assertFalse(vm.commands().isDirty());
        String saved = ScenarioIO.toJson(vm.scenario());
        files.newDocument();
        LoadResult r = files.open(f);
        assertTrue(r.scenario() != null);
        assertEquals(saved, ScenarioIO.toJson(vm.scenario()));
        assertEquals(f, files.fileProperty().get());
        assertEquals(f.toAbsolutePath().normalize(), files.recent().files().get(0));
    }

    @Test
    void brokenFileLeavesTheDocumentAndReportsAPlace() throws Exception {
        files.openSample("hello-cdn");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"name\": \"x\",\n  \"topology\": { \"nodes\": [ }\n}\n");
        LoadResult r = files.open(bad);
        assertNull(r.scenario());
        assertTrue(r.problems().get(0).line() > 0, r.problems().toString());
        assertEquals("Hello CDN", vm.scenario().name);
    }

    @Test
    void autosaveWritesOnlyWhenDirtyAndRecovers() {
        files.openSample("hello-cdn");
        assertFalse(files.autosave().saveNow());
        assertTrue(files.autosave().pending().isEmpty());
        vm.addNode(NodeKind.EDGE, 500, 500);
        assertTrue(files.autosave().saveNow());
        assertTrue(files.autosave().pending().isPresent());
        String edited = ScenarioIO.toJson(vm.scenario());
        // next session
        EditorViewModel vm2 = new EditorViewModel(new Scenario());
        DocumentFiles files2 = new DocumentFiles(
                vm2, new RecentFiles("dev/cdnx/app-test"), new Autosave(vm2, dir.resolve("recovery.json")));
        LoadResult r = files2.autosave().read();
        files2.adoptRecovered(r.scenario());
        assertEquals(edited, ScenarioIO.toJson(vm2.scenario()));
        assertTrue(vm2.commands().isDirty(), "recovered work is unsaved until saved");
        assertFalse(vm2.commands().canUndo(), "recovering puts no do-nothing step in the history");
        vm2.addNode(NodeKind.EDGE, 600, 600);
        vm2.undo();
        assertTrue(vm2.commands().isDirty(), "undoing back to the recovered state leaves it unsaved");
    }
}
