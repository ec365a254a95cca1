package dev.cdnx.app.export;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Window;

/** An export context with a scenario and nothing else: no window, no views, no file, no finished run. */
public record ScenarioOnlyContext(Scenario scenario) implements ExportContext {

    @Override
    public Window owner() {
        return null;
    }

    @Override
    public Node canvas() {
        return null;
    }

    @Override
    public Node liveView() {
        return null;
    }

    @Override
    public Path scenarioFile() {
        return null;
    }

    @Override
    public RunResult lastRun() {
        return null;
    }
}
