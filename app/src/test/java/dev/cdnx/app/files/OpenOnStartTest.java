package dev.cdnx.app.files;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --open broken.json} reports the file's located problems the way File › Open does, not on the
 * terminal alone (#17 item 7). Quiet, the dialog's text goes to the Log, which the test reads.
 */
class OpenOnStartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void aBrokenFileOpensHelloCdnAndShowsTheLocatedError() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"broken\",\n  \"seed\": 1,,\n}\n");
        List<String> log = fx(() -> {
            EditorViewModel vm = new EditorViewModel(new Scenario());
            DocumentFiles files = new DocumentFiles(
                    vm, new RecentFiles("dev/cdnx/app-test"), new Autosave(vm, dir.resolve("recovery.json")));
            FileController controller = new FileController(files, vm, () -> null, true);
            LoadResult r = controller.openOnStart(broken);
            assertNull(r.scenario(), "the file does not load");
            assertEquals("Hello CDN", vm.scenario().name, "the window shows the sample instead");
            controller.reportOnStart(broken, r);
            return List.copyOf(vm.log());
        });
        String last = log.get(log.size() - 1);
        assertTrue(last.startsWith("Cannot open broken.json: "), last);
        assertTrue(last.contains("broken.json:3"), "the message says where: " + last);
    }
}
