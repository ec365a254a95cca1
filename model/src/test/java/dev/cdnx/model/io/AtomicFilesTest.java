package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file writer: nothing half-written, the target's mode and links kept, others' files refused. */
class AtomicFilesTest {

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("scenario.json");
        Files.writeString(f, "{\"name\": \"precious\"}");
        IOException full = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(f, AtomicFiles.OverwriteCheck.ANY, out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("No space left on device");
                }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("{\"name\": \"precious\"}", Files.readString(f));
        assertEquals(1, count(dir), "the temporary file is removed");
    }

    @Test
    void theTargetKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("shared.json");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aNewFileIsNotMadePrivate(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("new.json");
        AtomicFiles.writeString(f, "x");
        assertTrue(
                Files.getPosixFilePermissions(f).size() > 2,
                "a new file gets the default mode (umask), not the 0600 of a temp file: "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsUpdated(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("s.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.relativize(real));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFileThatIsNotOursIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "mine");
        AtomicFiles.OverwriteCheck onlyTraces = existing -> existing + " is not a trace; pass --force";
        AtomicFiles.NotOursException e =
                assertThrows(AtomicFiles.NotOursException.class, () -> AtomicFiles.writeString(f, "trace", onlyTraces));
        assertTrue(e.getMessage().contains("--force"));
        assertEquals("mine", Files.readString(f, StandardCharsets.UTF_8));
        assertEquals(1, count(dir));
    }

    @Test
    void temporaryNamesAreUniqueSoTwoWritersDoNotShareOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.writeString(dir.resolve("a.csv.tmp"), "someone else's");
        Files.writeString(dir.resolve(".a.csv.tmp"), "someone else's");
        AtomicFiles.writeString(f, "x");
        assertEquals("someone else's", Files.readString(dir.resolve("a.csv.tmp")));
        assertEquals("someone else's", Files.readString(dir.resolve(".a.csv.tmp")));
        assertEquals(3, count(dir));
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
