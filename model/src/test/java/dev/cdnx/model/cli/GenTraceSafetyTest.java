package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gen-trace never destroys a file that is not a trace, and replaces a trace only when the new one is whole. */
class GenTraceSafetyTest {

    private static final String SCENARIO = "{\n  \"formatVersion\": 1,\n  \"name\": \"mine\"\n}\n";

    @TempDir
    Path dir;

    @Test
    void aScenarioIsNotReplacedByATraceWithoutForce() throws IOException {
        Path f = dir.resolve("scenario.json");
        Files.writeString(f, SCENARIO);
        for (String format : new String[] {"txt", "oracleGeneral"}) {
            ReplayCommandTest.Run r = ReplayCommandTest.run(
                    "gen-trace", "--objects", "10", "--requests", "100", "--format", format, "--out", f.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("does not look like a trace") && r.err().contains("--force"), r.err());
            assertEquals(SCENARIO, Files.readString(f));
        }
        ReplayCommandTest.Run forced = ReplayCommandTest.run(
                "gen-trace",
                "--objects",
                "10",
                "--requests",
                "100",
                "--format",
                "txt",
                "--force",
                "--out",
                f.toString());
        assertEquals(0, forced.code(), forced.err());
        assertEquals(100, Files.readAllLines(f).size());
    }

    @Test
    void anOlderTraceIsReplacedInPlace() throws IOException {
        Path bin = dir.resolve("t.bin");
        assertEquals(
                0,
                ReplayCommandTest.run("gen-trace", "--objects", "10", "--requests", "100", "--out", bin.toString())
                        .code());
        ReplayCommandTest.Run again =
                ReplayCommandTest.run("gen-trace", "--objects", "10", "--requests", "50", "--out", bin.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(50 * 24, Files.size(bin));
        Path txt = dir.resolve("t.txt");
        Files.writeString(txt, "1\n2\n3\n");
        assertEquals(
                0,
                ReplayCommandTest.run(
                                "gen-trace",
                                "--objects",
                                "10",
                                "--requests",
                                "5",
                                "--format",
                                "txt",
                                "--out",
                                txt.toString())
                        .code());
        assertEquals(5, Files.readAllLines(txt).size());
    }
}
