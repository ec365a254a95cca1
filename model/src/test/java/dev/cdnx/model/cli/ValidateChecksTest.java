package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate runs the checks simulate and report need, so a file that validates does not fail later. */
class ValidateChecksTest {

    @TempDir
    Path dir;

    private Path withSheet(String sheet) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(
                f,
                Files.readString(SharedData.projectDir().resolve("samples/hello-cdn.json"))
                        .replace("\"sheet\": \"illustrative\"", "\"sheet\": \"" + sheet + "\""));
        return f;
    }

    @Test
    void aMissingPriceSheetFailsValidateAsItWouldFailReport() throws IOException {
        ReplayCommandTest.Run r =
                ReplayCommandTest.run("validate", withSheet("no-such-sheet").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("pricing.sheet") && r.err().contains("no price sheet"), r.err());
    }

    @Test
    void aSheetOutsideTheFolderFailsWithoutBeingRead() throws IOException {
        ReplayCommandTest.Run r =
                ReplayCommandTest.run("validate", withSheet("/etc/passwd").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("outside the scenario's folder"), r.err());
        assertFalse(r.err().contains("root:"), r.err());
    }

    @Test
    void theSamplesStillValidate() {
        ReplayCommandTest.Run r = ReplayCommandTest.run(
                "validate",
                SharedData.projectDir().resolve("samples/hello-cdn.json").toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void devZeroIsRefusedBeforeParsing() {
        ReplayCommandTest.Run r = ReplayCommandTest.run("validate", "/dev/zero");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("larger than"), r.err());
    }
}
