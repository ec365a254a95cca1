package dev.cdnx.app.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.export.ExportActions;
import dev.cdnx.app.export.ScenarioOnlyContext;
import dev.cdnx.app.panels.Samples;
import dev.cdnx.app.panels.cost.SheetEditorModel;
import dev.cdnx.model.io.AtomicFiles;
import dev.cdnx.model.io.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save As, the exports and the price-sheet editor ask before they replace a file that is not of the kind
 * they write, and never replace one without a yes; a file of the same kind is replaced as before.
 */
class ReplaceGuardTest {

    private final List<String> asked = new ArrayList<>();

    private ReplaceGuard answering(boolean yes) {
        return new ReplaceGuard((file, why) -> {
            asked.add(why);
            return yes;
        });
    }

    private static Path notes(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "Things to ask the CDN vendor on Monday.\n");
        return p;
    }

    @Test
    void saveAsAsksBeforeReplacingAFileThatIsNotAScenario(@TempDir Path dir) throws Exception {
        Path notes = notes(dir, "notes.json");
        assertNull(FileController.scenarioTarget(notes, answering(false)), "kept");
        assertEquals(List.of(notes + " exists and is not a scenario"), asked);
        assertEquals(notes, FileController.scenarioTarget(notes, answering(true)), "replaced once agreed");

        asked.clear();
        Path scenario = dir.resolve("mine.json");
        Files.copy(Samples.file("hello-cdn"), scenario);
        assertEquals(scenario, FileController.scenarioTarget(scenario, answering(false)));
        assertEquals(List.of(), asked, "a scenario over a scenario: the save dialog's question was enough");
    }

    @Test
    void saveAsAsksAboutAnyFileUnderTheNameItAddedJsonTo(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("mine.json");
        Files.copy(Samples.file("hello-cdn"), scenario);
        assertNull(FileController.scenarioTarget(dir.resolve("mine"), answering(false)));
        assertEquals(List.of(scenario + " already exists"), asked, "the dialog asked about 'mine', not 'mine.json'");
        assertEquals(dir.resolve("fresh.json"), FileController.scenarioTarget(dir.resolve("fresh"), answering(false)));
        assertEquals(1, asked.size(), "a new name asks nothing");
    }

    @Test
    void anExportOverAScenarioIsAskedAboutAndTheScenarioKept(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("drawing.svg");
        Files.copy(Samples.file("hello-cdn"), target);
        byte[] before = Files.readAllBytes(target);
        List<String> status = new ArrayList<>();
        ExportActions export = new ExportActions(
                new ScenarioOnlyContext(Samples.load("hello-cdn")),
                status::add,
                (title, name, what, ext) -> target,
                Runnable::run,
                answering(false));
        export.exportSvg().join();
        assertArrayEquals(before, Files.readAllBytes(target), "the scenario is intact");
        assertEquals(List.of(target + " exists and is not an SVG drawing"), asked);
        assertEquals(List.of("Not exported: drawing.svg was kept"), status);
    }

    @Test
    void theSheetEditorAsksBeforeReplacingAFileThatIsNotAPriceSheet(@TempDir Path dir) throws Exception {
        Path notes = notes(dir, "pricing/my-contract.json");
        byte[] before = Files.readAllBytes(notes);
        SheetEditorModel ed = new SheetEditorModel("illustrative", null);
        AtomicFiles.NotOursException kept =
                assertThrows(AtomicFiles.NotOursException.class, () -> ed.save(dir, "my-contract", answering(false)));
        assertTrue(kept.getMessage().endsWith("choose another name for the new sheet"), kept.getMessage());
        assertArrayEquals(before, Files.readAllBytes(notes));
        assertEquals(List.of(notes + " exists and is not a price sheet"), asked);

        assertTrue(ed.save(dir, "my-contract", answering(true)).ok());
        assertTrue(FileKind.PRICE_SHEET.matches(notes), "replaced once agreed");
        asked.clear();
        assertTrue(ed.save(dir, "my-contract", answering(false)).ok());
        assertEquals(List.of(), asked, "a sheet over a sheet asks nothing");
    }
}
