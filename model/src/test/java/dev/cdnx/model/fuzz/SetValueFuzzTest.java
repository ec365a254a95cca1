package dev.cdnx.model.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioException;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/** {@code --set PATH=VALUE} on any text: a changed scenario or a ScenarioException in words, nothing else. */
class SetValueFuzzTest {

    private static final Scenario BASE = ScenarioIO.read(SharedData.projectDir().resolve("samples/hello-cdn.json"))
            .orThrow();

    @FuzzTest(maxDuration = "10m")
    void setValue(FuzzedDataProvider data) {
        String assignment = data.consumeString(80) + "=" + data.consumeRemainingAsString();
        try {
            Scenario changed = ScenarioOverrides.apply(ScenarioIO.copy(BASE), List.of(assignment));
            ScenarioIO.toJson(changed);
        } catch (ScenarioException e) {
            FuzzChecks.inWords(e.getMessage(), assignment);
        }
    }
}
