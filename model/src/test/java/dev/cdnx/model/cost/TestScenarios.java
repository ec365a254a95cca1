package dev.cdnx.model.cost;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;

/** Loads the shipped samples and sheets for the cost, decision and check tests. */
public final class TestScenarios {

    private TestScenarios() {}

    public static Path samples() {
        return SharedData.projectDir().resolve("samples");
    }

    public static Scenario sample(String name) {
        return ScenarioIO.read(samples().resolve(name)).orThrow();
    }

    public static PriceSheet illustrative() {
        SheetLoad load = PriceSheets.read(samples().resolve("pricing/illustrative.json"));
        if (!load.ok()) {
            throw new IllegalStateException(load.describe());
        }
        return load.sheet();
    }
}
