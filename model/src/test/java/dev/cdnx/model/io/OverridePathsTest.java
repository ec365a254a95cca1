package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths made only of brackets name no field: each is refused in words, never with an index error. */
class OverridePathsTest {

    private static final Scenario BASE = ScenarioIO.read(SharedData.projectDir().resolve("samples/hello-cdn.json"))
            .orThrow();

    // "[][]" became the pointer "//", whose split left no part at all (found by SetValueFuzzTest).
    @ParameterizedTest
    @ValueSource(strings = {"[][]=1", "[][][]=x", "[]=1", "topology[][]=1"})
    void bracketOnlyPathsAreRefusedInWords(String assignment) {
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> ScenarioOverrides.apply(ScenarioIO.copy(BASE), List.of(assignment)));
        assertTrue(e.getMessage().startsWith("--set"), e.getMessage());
    }
}
