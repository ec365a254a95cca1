package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's price sheet is read only from beside the scenario or below its folder. */
class SheetConfinementTest {

    private static final String SECRET = "root:$6$secret-hash:19000:0:99999:7:::\n";

    @TempDir
    Path dir;

    private Path scenarioDir() throws IOException {
        return Files.createDirectories(dir.resolve("project"));
    }

    private Path secret() throws IOException {
        Path f = dir.resolve("shadow");
        Files.writeString(f, SECRET);
        return f;
    }

    @Test
    void anAbsolutePathOutsideTheFolderIsRefusedWithoutReadingIt() throws IOException {
        SheetLoad load = PriceSheets.locate(secret().toString(), scenarioDir());
        assertFalse(load.ok());
        String said = load.describe();
        assertTrue(said.contains("outside the scenario's folder"), said);
        assertFalse(said.contains("root"), "never echoes the file: " + said);
        assertEquals("pricing.sheet", load.problems().get(0).path());
    }

    @Test
    void climbingOutOrALinkLeadingOutIsRefused() throws IOException {
        secret();
        Path project = scenarioDir();
        assertTrue(PriceSheets.locate("../shadow", project).describe().contains("outside the scenario's folder"));
        Files.createSymbolicLink(project.resolve("sheet.json"), dir.resolve("shadow"));
        String said = PriceSheets.locate("sheet.json", project).describe();
        assertTrue(said.contains("outside the scenario's folder"), said);
    }

    @Test
    void aSheetBesideOrBelowTheScenarioIsRead() throws IOException {
        Path project = scenarioDir();
        Path shipped = SharedData.projectDir().resolve("samples/pricing/illustrative.json");
        Files.createDirectories(project.resolve("sheets"));
        Files.copy(shipped, project.resolve("sheets/mine.json"));
        assertTrue(PriceSheets.locate("sheets/mine.json", project).ok());
        assertTrue(PriceSheets.locate("illustrative", project).ok(), "a shipped name still works");
    }

    @Test
    void aFileInsideThatIsNotASheetIsNotQuoted() throws IOException {
        Path project = scenarioDir();
        Files.writeString(project.resolve("notes.json"), SECRET);
        SheetLoad load = PriceSheets.locate("notes.json", project);
        assertFalse(load.ok());
        assertFalse(load.describe().contains("root"), load.describe());
    }

    @Test
    void aPathInAScenarioWithoutAFileIsRefused() {
        SheetLoad load = PriceSheets.locate("/etc/passwd", null);
        assertFalse(load.ok());
        assertTrue(load.describe().contains("save the scenario first"), load.describe());
    }
}
