package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cdnx fmt rewrites canonically and loses nothing the person wrote. */
class FmtCommandTest {

    @TempDir
    Path dir;

    @Test
    void anInvalidValueAMisspeltFieldAndANewerFieldAreWrittenBackAsTheyWere() throws IOException {
        Path f = dir.resolve("s.json");
        String text = Files.readString(SharedData.projectDir().resolve("samples/hello-cdn.json"))
                .replaceFirst("\"capacity\": \"[^\"]*\"", "\"capacity\": \"40 GBs\", \"evicton\": \"lfu\"")
                .replaceFirst("\"formatVersion\": 1,", "\"formatVersion\": 2, \"replicas\": {\"count\": 3},");
        Files.writeString(f, "  " + text.replace("\n", "\n    "));
        ReplayCommandTest.Run r = ReplayCommandTest.run("fmt", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reformatted") && r.out().contains("kept as written"), r.out());
        JsonNode saved = new ObjectMapper().readTree(Files.readString(f));
        assertEquals(2, saved.get("formatVersion").asInt());
        assertEquals(3, saved.at("/replicas/count").asInt());
        assertTrue(Files.readString(f).contains("\"capacity\": \"40 GBs\""));
        assertTrue(Files.readString(f).contains("\"evicton\": \"lfu\""));
        assertEquals(0, ReplayCommandTest.run("fmt", "--check", f.toString()).code(), "canonical after one pass");
    }

    @Test
    void checkWritesNothingAndSaysWhichFilesWouldChange() throws IOException {
        Path f = dir.resolve("s.json");
        String text = Files.readString(SharedData.projectDir().resolve("samples/hello-cdn.json"));
        Files.writeString(f, text.replace("\n", "\n\n"));
        ReplayCommandTest.Run r = ReplayCommandTest.run("fmt", "--check", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("would be reformatted"), r.out());
        assertEquals(text.replace("\n", "\n\n"), Files.readString(f));
    }

    @Test
    void aFileThatIsNotJsonIsLeftAlone() throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{ \"name\": ");
        assertEquals(1, ReplayCommandTest.run("fmt", f.toString()).code());
        assertEquals("{ \"name\": ", Files.readString(f));
    }
}
