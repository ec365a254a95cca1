package dev.cdnx.model.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.TextFiles;

/**
 * The scenario loader on any bytes: it never throws, every problem is in words, and whatever it reads it
 * can write and read back. In {@code mvn verify} this runs the committed corpus in
 * {@code ScenarioFuzzTestInputs} (crashes found by fuzzing); see docs/fuzzing.md to fuzz for longer.
 */
class ScenarioFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void scenarioText(byte[] data) {
        String text;
        try {
            text = TextFiles.decode(data);
        } catch (TextFiles.Unreadable e) {
            FuzzChecks.inWords(e.getMessage(), "");
            return;
        }
        LoadResult r = ScenarioIO.read(text, "fuzz.json");
        FuzzChecks.inWords(r.problems(), FuzzChecks.echoable(text));
        if (r.scenario() != null) {
            String saved = ScenarioIO.toJson(r.scenario());
            LoadResult again = ScenarioIO.read(saved, "saved.json");
            if (again.scenario() == null) {
                throw new AssertionError("a saved scenario does not read back: " + again.problems());
            }
        }
    }
}
