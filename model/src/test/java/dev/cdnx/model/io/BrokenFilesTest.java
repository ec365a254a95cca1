package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.problem.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hand-edited files: each gets a message that names the right JSON path and line, says what
 * is wrong, and offers a fix — never an exception.
 */
class BrokenFilesTest {

    /** A small valid scenario, one field per line so that lines point at fields. */
    static final String VALID = """
                                {
                                  "formatVersion": 1,
                                  "name": "t",
                                  "duration": "60s",
                                  "topology": {
                                    "nodes": [
                                      {"name": "users", "kind": "users", "users": {"rate": "10/s"}},
                                      {"name": "edge", "kind": "edge", "cache": {"capacity": "1 GB"}},
                                      {"name": "shield", "kind": "shield", "cache": {"capacity": "10 GB"}},
                                      {"name": "origin", "kind": "origin"}
                                    ],
                                    "links": [
                                      {"from": "users", "to": "edge", "rtt": "10ms"},
                                      {"from": "edge", "to": "shield", "rtt": "20ms"},
                                      {"from": "shield", "to": "origin", "rtt": "30ms"}
                                    ]
                                  },
                                  "workload": {
                                    "objects": 100,
                                    "alpha": 0.9
                                  }
                                }\
                                """;

    private static Arguments broken(String why, String from, String to, String path, String marker, String fragment) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("no " + from + " in the base file");
        }
        return Arguments.of(why, VALID.replace(from, to), path, marker, fragment);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                broken(
                        "unknown field, suggestion",
                        "\"capacity\": \"1 GB\"",
                        "\"capacty\": \"1 GB\"",
                        "topology.nodes[1].cache.capacty",
                        "capacty",
                        "did you mean \"capacity\""),
                broken(
                        "unknown top-level field",
                        "\"name\": \"t\",",
                        "\"nmae\": \"t\",",
                        "nmae",
                        "nmae",
                        "did you mean \"name\""),
                broken(
                        "wrong size unit",
                        "\"1 GB\"",
                        "\"1 GiBs\"",
                        "topology.nodes[1].cache.capacity",
                        "1 GiBs",
                        "a size"),
                broken(
                        "negative size",
                        "\"capacity\": \"1 GB\"",
                        "\"capacity\": \"-5 GB\"",
                        "topology.nodes[1].cache.capacity",
                        "-5 GB",
                        "more than zero"),
                broken(
                        "zero size",
                        "\"capacity\": \"10 GB\"",
                        "\"capacity\": \"0 B\"",
                        "topology.nodes[2].cache.capacity",
                        "0 B",
                        "more than zero"),
                broken(
                        "wrong duration unit",
                        "\"duration\": \"60s\"",
                        "\"duration\": \"60 parsecs\"",
                        "duration",
                        "parsecs",
                        "a duration"),
                broken(
                        "wrong rate",
                        "\"rate\": \"10/s\"",
                        "\"rate\": \"lots\"",
                        "topology.nodes[0].users.rate",
                        "lots",
                        "a rate"),
                broken(
                        "wrong type: text for number",
                        "\"objects\": 100",
                        "\"objects\": \"many\"",
                        "workload.objects",
                        "many",
                        "whole number"),
                broken(
                        "wrong type: object for text",
                        "\"name\": \"t\",",
                        "\"name\": {\"x\": 1},",
                        "name",
                        "\"name\": {",
                        "text"),
                broken(
                        "unknown kind",
                        "\"kind\": \"origin\"",
                        "\"kind\": \"orign\"",
                        "topology.nodes[3].kind",
                        "orign",
                        "one of"),
                broken(
                        "duplicate node name",
                        "{\"name\": \"shield\", \"kind\": \"shield\"",
                        "{\"name\": \"edge\", \"kind\": \"shield\"",
                        "topology.nodes[2].name",
                        "\"name\": \"edge\", \"kind\": \"shield\"",
                        "duplicate node name"),
                broken(
                        "link to unknown node",
                        "\"to\": \"shield\", \"rtt\": \"20ms\"",
                        "\"to\": \"sheild\", \"rtt\": \"20ms\"",
                        "topology.links[1].to",
                        "sheild",
                        "did you mean"),
                broken(
                        "users with no edge",
                        "{\"from\": \"users\", \"to\": \"edge\", \"rtt\": \"10ms\"},",
                        "",
                        "topology.nodes[0]",
                        "\"name\": \"users\"",
                        "no edge"),
                broken(
                        "no origin",
                        "{\"name\": \"origin\", \"kind\": \"origin\"}",
                        "{\"name\": \"origin\", \"kind\": \"shield\"}",
                        "topology.nodes",
                        "\"nodes\"",
                        "no origin"),
                broken(
                        "edge with no route to an origin",
                        "{\"from\": \"edge\", \"to\": \"shield\", \"rtt\": \"20ms\"},",
                        "{\"from\": \"edge\", \"to\": \"edge\", \"rtt\": \"20ms\"},",
                        "topology.nodes[1]",
                        "\"name\": \"edge\"",
                        "no route to an origin"),
                broken(
                        "cycle between caches",
                        "{\"from\": \"shield\", \"to\": \"origin\", \"rtt\": \"30ms\"}",
                        "{\"from\": \"shield\", \"to\": \"origin\", \"rtt\": \"30ms\"}, {\"from\": \"shield\", \"to\": \"edge\", \"rtt\": \"5ms\"}",
                        "topology.links[3]",
                        "\"to\": \"edge\", \"rtt\": \"5ms\"",
                        "not allowed"),
                broken(
                        "shield with no edges",
                        "{\"from\": \"edge\", \"to\": \"shield\", \"rtt\": \"20ms\"},",
                        "{\"from\": \"edge\", \"to\": \"origin\", \"rtt\": \"20ms\"},",
                        "topology.nodes[2]",
                        "\"name\": \"shield\"",
                        "no edges behind it"),
                broken(
                        "link not allowed",
                        "{\"from\": \"users\", \"to\": \"edge\", \"rtt\": \"10ms\"},",
                        "{\"from\": \"users\", \"to\": \"edge\", \"rtt\": \"10ms\"}, {\"from\": \"users\", \"to\": \"origin\", \"rtt\": \"10ms\"},",
                        "topology.links[1]",
                        "\"from\": \"users\", \"to\": \"origin\"",
                        "not allowed"),
                broken(
                        "link without rtt and no coordinates",
                        "\"to\": \"shield\", \"rtt\": \"20ms\"",
                        "\"to\": \"shield\"",
                        "topology.links[1].rtt",
                        "\"to\": \"shield\"}",
                        "no rtt"),
                broken(
                        "alpha out of range",
                        "\"alpha\": 0.9",
                        "\"alpha\": -1",
                        "workload.alpha",
                        "alpha",
                        "between 0 and 5"),
                broken(
                        "unknown eviction policy",
                        "\"capacity\": \"1 GB\"}",
                        "\"capacity\": \"1 GB\", \"eviction\": \"lru2\"}",
                        "topology.nodes[1].cache.eviction",
                        "lru2",
                        "eviction policy"),
                broken(
                        "newer format",
                        "\"formatVersion\": 1",
                        "\"formatVersion\": 99",
                        "formatVersion",
                        "formatVersion",
                        "newer"),
                broken(
                        "truncated file",
                        "    \"alpha\": 0.9\n  }\n}",
                        "    \"alpha\": 0.9",
                        "",
                        "alpha",
                        "ends before the JSON is complete"),
                broken("missing comma", "\"name\": \"t\",", "\"name\": \"t\"", "", "\"duration\"", "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenFileGetsAPlacedMessage(String why, String json, String path, String marker, String fragment) {
        LoadResult r = ScenarioIO.read(json, "broken.json");
        assertFalse(r.ok(), why + ": accepted");
        List<Problem> matching =
                r.errors().stream().filter(p -> p.format().contains(fragment)).toList();
        assertFalse(matching.isEmpty(), () -> why + ": no message contains \"" + fragment + "\": " + r.problems());
        Problem p = matching.get(0);
        assertEquals(path, p.path(), () -> why + ": " + p.format());
        assertEquals(lineOf(json, marker), p.line(), () -> why + ": " + p.format());
        assertTrue(p.format().startsWith("broken.json:" + p.line() + ":"), p.format());
        assertTrue(p.fix() != null && !p.fix().isBlank(), () -> why + ": no fix in " + p.format());
    }

    private static int lineOf(String json, String marker) {
        String[] lines = json.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("marker " + marker + " not in the file");
    }
}
