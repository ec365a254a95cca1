package dev.cdnx.model.http.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.cli.Cdnx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code conformance} subcommand: output, and clear messages for bad files. */
class ConformanceCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return Cdnx.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void overHttpWithoutTheLabInTheBuildSaysHowToGetIt() throws Exception {
        Path cases = dir.resolve("cases.json");
        Files.writeString(cases, "[{\"id\":\"g\",\"name\":\"G\",\"tests\":[]}]");
        assertEquals(Cdnx.EXIT_USAGE, run("conformance", cases.toString(), "--over-http"));
        assertTrue(err.startsWith("cdnx conformance: --over-http needs the live lab, which this build lacks;"), err);
    }

    @Test
    void runsASmallCasesFileAsJson() throws Exception {
        Path cases = dir.resolve("cases.json");
        Files.writeString(
                cases,
                "[{\"id\":\"g\",\"name\":\"G\",\"tests\":[{\"id\":\"t1\",\"name\":\"fresh\","
                        + "\"requests\":[{\"response_headers\":[[\"Cache-Control\",\"max-age=3600\"]],\"pause_after\":true},"
                        + "{\"expected_type\":\"cached\"}]},{\"id\":\"t2\",\"kind\":\"optimal\",\"name\":\"x\","
                        + "\"requests\":[{\"response_headers\":[[\"Cache-Control\",\"no-store\"]]},{\"expected_type\":\"cached\"}]}]}]");
        assertEquals(0, run("conformance", cases.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals(1, json.at("/required/passed").asInt());
        assertEquals(1, json.at("/required/total").asInt());
        assertEquals(0, json.at("/optimal/passed").asInt());
        assertEquals(1, json.at("/groups/g/required/passed").asInt());
        assertTrue(json.get("failed").isArray());
    }

    @Test
    void missingFileIsOneClearLine() {
        assertEquals(
                Cdnx.EXIT_INVALID, run("conformance", dir.resolve("nope.json").toString()));
        assertTrue(err.contains("nope.json: no such file"), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void malformedFilesSayWhatIsWrong() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"id\":\"g\",\"tests\":[{\"name\":\"no id\",\"requests\":[{}]}]}]");
        assertEquals(Cdnx.EXIT_INVALID, run("conformance", bad.toString()));
        assertTrue(err.contains("lacks a text \"id\""), err);
        Files.writeString(bad, "{not json");
        assertEquals(Cdnx.EXIT_INVALID, run("conformance", bad.toString()));
        assertTrue(err.contains("not valid JSON"), err);
    }

    @Test
    void unknownFlagIsAUsageError() {
        assertEquals(Cdnx.EXIT_USAGE, run("conformance", "--frobnicate"));
    }
}
