package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NoteSpec;
import dev.cdnx.model.scenario.RegionSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes and regions are saved with the scenario, checked, carried when odd, and ignored by runs. */
class NotesAndRegionsTest {

    private static final String WITH_SKETCH = BrokenFilesTest.VALID.replace(
            "\"duration\": \"60s\",",
            "\"duration\": \"60s\", \"regions\": [{\"label\": \"EU\", \"x\": 10, \"y\": 20, \"width\": 300, "
                    + "\"height\": 200}], \"notes\": [{\"text\": \"ask ops first\", \"x\": 50, \"y\": 60}],");

    @Test
    void notesAndRegionsAreReadAndWrittenBack() throws Exception {
        LoadResult r = ScenarioIO.read(WITH_SKETCH, "f.json");
        assertTrue(r.ok(), r.problems().toString());
        RegionSpec eu = r.scenario().regions.get(0);
        assertEquals("EU", eu.label);
        assertEquals(300, eu.width);
        NoteSpec note = r.scenario().notes.get(0);
        assertEquals("ask ops first", note.text);
        assertEquals(180, note.width, "a note without a size takes the default");
        JsonNode saved = new ObjectMapper().readTree(ScenarioIO.toJson(r.scenario()));
        assertEquals("EU", saved.at("/regions/0/label").asText());
        assertEquals(20, saved.at("/regions/0/y").asDouble());
        assertEquals("ask ops first", saved.at("/notes/0/text").asText());
    }

    @Test
    void aScenarioWithoutThemWritesNeitherField() {
        String json = ScenarioIO.toJson(
                ScenarioIO.read(BrokenFilesTest.VALID, "f.json").scenario());
        assertFalse(json.contains("\"notes\""), json);
        assertFalse(json.contains("\"regions\""), json);
    }

    @Test
    void anUnknownFieldOfANoteIsCarriedToTheSavedFile() throws Exception {
        String odd =
                WITH_SKETCH.replace("\"text\": \"ask ops first\"", "\"text\": \"ask ops first\", \"colour\": \"pink\"");
        LoadResult r = ScenarioIO.read(odd, "f.json");
        assertFalse(r.ok());
        assertEquals("notes[0].colour", r.errors().get(0).path());
        JsonNode saved = new ObjectMapper().readTree(ScenarioIO.toJson(r.scenario()));
        assertEquals("pink", saved.at("/notes/0/colour").asText());
        assertEquals("ask ops first", saved.at("/notes/0/text").asText());
    }

    @Test
    void aBoxTooSmallOrWithoutWordsIsALocatedError() {
        String bad = WITH_SKETCH
                .replace("\"width\": 300", "\"width\": 5")
                .replace("\"text\": \"ask ops first\", ", "\"text\": null, ");
        LoadResult r = ScenarioIO.read(bad, "f.json");
        List<String> paths = r.errors().stream().map(Problem::path).toList();
        assertTrue(paths.contains("regions[0].width"), paths.toString());
        assertTrue(paths.contains("notes[0].text"), paths.toString());
        Problem width = r.errors().stream()
                .filter(p -> p.path().equals("regions[0].width"))
                .findFirst()
                .orElseThrow();
        assertTrue(width.line() > 0, "placed at its line in the file");
    }

    @Test
    void runsIgnoreNotesAndRegions() {
        Scenario plain = ScenarioIO.read(BrokenFilesTest.VALID, "f.json").scenario();
        Scenario drawn = ScenarioIO.read(WITH_SKETCH, "f.json").scenario();
        Object a = RunResultJson.toMap(new Simulation(plain).run(), 0);
        Object b = RunResultJson.toMap(new Simulation(drawn).run(), 0);
        assertEquals(a, b);
    }
}
