package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import org.junit.jupiter.api.Test;

/** Opening a file with mistakes and saving it keeps every field and value as the person wrote it. */
class CarriedFieldsTest {

    static final String WITH_MISTAKES = BrokenFilesTest.VALID
            .replace("\"formatVersion\": 1", "\"formatVersion\": 2")
            .replace("\"name\": \"t\",", "\"name\": \"t\", \"futureSection\": {\"mode\": \"fast\", \"n\": [1, 2]},")
            .replace(
                    "\"cache\": {\"capacity\": \"1 GB\"}",
                    "\"cache\": {\"capacity\": \"40 GBs\", \"evicton\": \"lfu\", \"ttl\": \"soon\"}")
            .replace("\"duration\": \"60s\",", "\"duration\": \"60s\", \"faults\": [null],");

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void unreadableMisspeltAndNewerFieldsAreWrittenBackAsTheyWere() throws Exception {
        LoadResult r = ScenarioIO.read(WITH_MISTAKES, "f.json");
        assertFalse(r.ok());
        JsonNode saved = tree(ScenarioIO.toJson(r.scenario()));
        JsonNode cache = saved.at("/topology/nodes/1/cache");
        assertEquals("40 GBs", cache.get("capacity").asText());
        assertEquals("lfu", cache.get("evicton").asText());
        assertEquals("soon", cache.get("ttl").asText());
        assertEquals(tree("{\"mode\": \"fast\", \"n\": [1, 2]}"), saved.get("futureSection"));
        assertEquals(2, saved.get("formatVersion").asInt());
        assertEquals(tree("[null]"), saved.get("faults"));
        LoadResult again = ScenarioIO.read(ScenarioIO.toJson(r.scenario()), "f.json");
        assertEquals(r.errors().size(), again.errors().size(), "the same mistakes, found again");
    }

    @Test
    void aFieldThePersonSetsIsWrittenAsSetAndStopsBeingCarried() throws Exception {
        Scenario s = ScenarioIO.read(WITH_MISTAKES, "f.json").scenario();
        assertEquals("40 GBs", ScenarioIO.rawText(s, "/topology/nodes/1/cache/capacity"));
        assertEquals("soon", ScenarioIO.rawText(s, "/topology/nodes/1/cache/ttl"));
        s.node("edge").cache.capacity = DataSize.parse("2 GB");
        assertNull(ScenarioIO.rawText(s, "/topology/nodes/1/cache/capacity"));
        JsonNode saved = tree(ScenarioIO.toJson(s));
        assertEquals("2 GB", saved.at("/topology/nodes/1/cache/capacity").asText());
        assertEquals("soon", saved.at("/topology/nodes/1/cache/ttl").asText(), "the other field is still carried");
    }

    @Test
    void removingTheNodeRemovesWhatItCarried() throws Exception {
        Scenario s = ScenarioIO.read(WITH_MISTAKES, "f.json").scenario();
        s.topology.nodes.remove(s.node("edge"));
        String saved = ScenarioIO.toJson(s);
        assertFalse(saved.contains("40 GBs"), saved);
        assertFalse(saved.contains("evicton"), "no field lands on the node that took its place");
    }

    @Test
    void aSectionReplacedByACopyStillCarriesItsValues() throws Exception {
        Scenario s = ScenarioIO.read(BrokenFilesTest.VALID.replace("\"alpha\": 0.9", "\"alpha\": \"high\""), "f.json")
                .scenario();
        s.workload = ScenarioIO.copy(s).workload;
        assertEquals("high", tree(ScenarioIO.toJson(s)).at("/workload/alpha").asText());
    }

    @Test
    void aNodesBlockReplacedByACopyStillCarriesItsValues() throws Exception {
        // Undo restores a node's settings from a snapshot: the node stays, its cache block is a copy.
        Scenario s = ScenarioIO.read(WITH_MISTAKES, "f.json").scenario();
        s.node("edge").cache = ScenarioIO.mapper()
                .convertValue(s.node("edge").cache, s.node("edge").cache.getClass());
        assertEquals("soon", ScenarioIO.rawText(s, "/topology/nodes/1/cache/ttl"));
        s.topology.nodes.add(0, s.topology.nodes.remove(1));
        assertEquals("soon", ScenarioIO.rawText(s, "/topology/nodes/0/cache/ttl"), "found below its node, moved");
        JsonNode cache = tree(ScenarioIO.toJson(s)).at("/topology/nodes/0/cache");
        assertEquals("soon", cache.get("ttl").asText());
        assertEquals("lfu", cache.get("evicton").asText());
    }

    @Test
    void theProblemsOfTheScenarioNowAreThoseOfTheFileOnOpening() {
        LoadResult r = ScenarioIO.read(WITH_MISTAKES, "f.json");
        java.util.function.Function<java.util.List<Problem>, java.util.Set<String>> said = list ->
                list.stream().map(p -> p.path() + ": " + p.message()).collect(java.util.stream.Collectors.toSet());
        assertEquals(said.apply(r.problems()), said.apply(ScenarioIO.check(r.scenario(), null)));
        assertTrue(r.problems().size() >= 6, r.problems().toString());
        r.scenario().node("edge").cache.ttl = dev.cdnx.model.units.SimDuration.ofSeconds(60);
        assertEquals(
                r.problems().size() - 1, ScenarioIO.check(r.scenario(), null).size(), "the fixed TTL is gone");
    }

    @Test
    void aCleanFileCarriesNothing() {
        Scenario s = ScenarioIO.read(BrokenFilesTest.VALID, "f.json").scenario();
        assertTrue(ScenarioIO.carried(s).isEmpty());
    }
}
