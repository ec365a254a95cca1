package dev.cdnx.model.engine;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/** Loads a sample scenario for a test, with optional {@code --set} style changes. */
final class Samples {
    private Samples() {}

    static Scenario load(String name, String... sets) {
        Scenario s = ScenarioIO.read(SharedData.projectDir().resolve("samples").resolve(name + ".json"))
                .orThrow();
        return ScenarioOverrides.apply(s, List.of(sets));
    }

    static RunResult run(String name, String... sets) {
        return new Simulation(load(name, sets)).run();
    }
}
