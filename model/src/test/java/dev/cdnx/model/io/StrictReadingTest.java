package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless files found by fuzzing: each is a located error in words with a fix, never an
 * exception's text and never a value silently accepted.
 */
class StrictReadingTest {

    private static final String VALID = BrokenFilesTest.VALID;

    private static Arguments edit(String why, String from, String to, String path, String fragment) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("no " + from + " in the base file");
        }
        return Arguments.of(why, VALID.replace(from, to), path, fragment);
    }

    private static final String WORKLOAD = "\"workload\": {";
    private static final String NODES = "\"nodes\": [";

    static Stream<Arguments> cases() {
        String longDuration = "1h".repeat(2000);
        return Stream.of(
                edit("faults null", WORKLOAD, "\"faults\": null, " + WORKLOAD, "faults", "null where a list"),
                edit("purges null", WORKLOAD, "\"purges\": null, " + WORKLOAD, "purges", "null where a list"),
                edit(
                        "providers null",
                        NODES,
                        "\"providers\": null, " + NODES,
                        "topology.providers",
                        "null where a list"),
                edit("nodes null", "\"nodes\": [", "\"nodes\": null, \"x\": [", "topology.nodes", "null where a list"),
                edit(
                        "classes null",
                        "\"objects\": 100,",
                        "\"objects\": 100, \"classes\": null,",
                        "workload.classes",
                        "null where a list"),
                edit("a null fault", WORKLOAD, "\"faults\": [null], " + WORKLOAD, "faults[0]", "null"),
                edit("a node that is a number", NODES, NODES + " 1,", "topology.nodes[0]", "expected an object"),
                edit(
                        "an empty node name",
                        "{\"name\": \"origin\"",
                        "{\"name\": \"\"",
                        "topology.nodes[3]",
                        "without a name"),
                edit("a duration of 2000 parts", "\"60s\"", "\"" + longDuration + "\"", "duration", "too long"),
                edit(
                        "a field name with a bracket",
                        "\"name\": \"t\",",
                        "\"name\": \"t\", \"a[b\": 1,",
                        "[\"a[b\"]",
                        "unknown field"),
                edit("NaN as text", "\"alpha\": 0.9", "\"alpha\": \"NaN\"", "workload.alpha", "expected a number"),
                edit("NaN as a token", "\"alpha\": 0.9", "\"alpha\": NaN", "", "NaN and Infinity are not allowed"),
                edit("a number too large", "\"alpha\": 0.9", "\"alpha\": 1e400", "workload.alpha", "too large"),
                edit("a duplicate key", "\"name\": \"t\",", "\"name\": \"t\", \"name\": \"u\",", "", "appears twice"),
                Arguments.of("trailing content", VALID + "\n{\"name\": \"second\"}", "", "more content after"),
                Arguments.of("trailing garbage", VALID + " garbage", "", "not valid JSON"),
                edit(
                        "format version -2",
                        "\"formatVersion\": 1",
                        "\"formatVersion\": -2",
                        "formatVersion",
                        "does not exist"),
                edit(
                        "format version text",
                        "\"formatVersion\": 1",
                        "\"formatVersion\": \"one\"",
                        "formatVersion",
                        "whole number"),
                edit(
                        "an unknown region",
                        "{\"name\": \"edge\", \"kind\": \"edge\",",
                        "{\"name\": \"edge\", \"kind\": \"edge\", \"region\": \"mars\",",
                        "topology.nodes[1].region",
                        "unknown pricing region"),
                edit(
                        "negative log sampling",
                        WORKLOAD,
                        "\"pricing\": {\"logSampling\": -0.5}, " + WORKLOAD,
                        "pricing.logSampling",
                        "between 0 and 1"),
                edit(
                        "negative steering weight",
                        NODES,
                        NODES
                                + "{\"name\": \"dns\", \"kind\": \"steering\", \"steering\": {\"weights\": {\"a\": -1}}},",
                        "topology.nodes[0].steering.weights.a",
                        "zero or more"),
                edit(
                        "all-zero steering weights",
                        NODES,
                        NODES + "{\"name\": \"dns\", \"kind\": \"steering\", \"steering\": {\"weights\": {\"a\": 0}}},",
                        "topology.nodes[0].steering.weights",
                        "every steering weight is zero"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachIsALocatedErrorInWords(String why, String text, String path, String fragment) {
        LoadResult r = ScenarioIO.read(text, "f.json");
        assertFalse(r.ok(), why + ": accepted");
        String all = r.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        assertTrue(
                r.errors().stream()
                        .anyMatch(p -> p.path().equals(path)
                                && p.message().contains(fragment)
                                && p.line() > 0
                                && p.fix() != null
                                && !p.fix().isEmpty()),
                why + ": expected an error at \"" + path + "\" saying \"" + fragment + "\" with a line and a fix, got\n"
                        + all);
        for (String javaWords :
                new String[] {"java.", "Exception", "Cannot invoke", "Input length", "Unrecognized token"}) {
            assertFalse(all.contains(javaWords), why + ": " + all);
        }
    }

    @Test
    void aFileThatIsNotUtf8NamesTheByteOffset(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.json");
        Files.write(f, "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        LoadResult r = ScenarioIO.read(f);
        assertFalse(r.ok());
        String said = r.errors().get(0).format();
        assertTrue(said.contains("byte 13 (0xE9) is not UTF-8") && said.contains("save the file as UTF-8"), said);
    }

    @Test
    void anEndlessFileIsRefusedBeforeParsing() {
        LoadResult r = ScenarioIO.read(Path.of("/dev/zero"));
        assertFalse(r.ok());
        assertTrue(
                r.errors().get(0).message().contains("larger than 67,108,864 bytes"),
                r.errors().toString());
    }

    @Test
    void aFolderIsNotAFile(@TempDir Path dir) {
        assertTrue(ScenarioIO.read(dir).errors().get(0).message().contains("folder"));
    }
}
