package dev.cdnx.app.panels;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads the shipped samples for panel tests (the tests run in app/, the samples sit beside it). */
public final class Samples {

    private Samples() {}

    public static Path file(String name) {
        Path p = Path.of("..", "samples", name + ".json");
        return Files.exists(p)
                ? p.toAbsolutePath().normalize()
                : Path.of("samples", name + ".json").toAbsolutePath();
    }

    public static Scenario load(String name, String... sets) {
        Scenario s = ScenarioIO.read(file(name)).orThrow();
        return sets.length == 0 ? s : ScenarioOverrides.apply(s, List.of(sets));
    }

    /** A synchronous context (no toolkit, no debounce) over a sample. */
    public static PanelContext direct(String name, String... sets) {
        Path folder = file(name).getParent();
        return PanelContext.direct(new ScenarioDocument(load(name, sets)), () -> folder);
    }
}
