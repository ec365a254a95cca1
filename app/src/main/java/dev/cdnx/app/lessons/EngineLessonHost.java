package dev.cdnx.app.lessons;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A {@link LessonHost} without a shell: the scenario is a plain value, a run is the model's engine on a
 * background thread, panels and highlights are only remembered. {@link LessonsPreview} and the tests use
 * it; it does what {@link dev.cdnx.model.lessons.LessonRunner#perform} does, but reports back through the
 * view-model's callbacks as the shell will.
 */
public final class EngineLessonHost implements LessonHost {

    /** A highlight request as the host received it. */
    public record Highlight(String kind, String target) {}

    private final ExecutorService engine = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-engine");
        t.setDaemon(true);
        return t;
    });
    private final List<Highlight> highlights = new ArrayList<>();
    private final List<String> panels = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private LessonsViewModel vm;
    private Scenario scenario;
    private RunResult lastRun;

    /** Connects the view-model whose callbacks this host calls. */
    public void attach(LessonsViewModel viewModel) {
        this.vm = viewModel;
    }

    /** The sample consumer: loads a shipped sample as the current scenario. */
    public Consumer<String> sampleLoader() {
        return name -> replace(Samples.load(name));
    }

    /** Replaces the scenario, as opening a file would. */
    public void replace(Scenario s) {
        scenario = s;
        lastRun = null;
        if (vm != null) {
            vm.scenarioChanged(s);
        }
        fire();
    }

    @Override
    public void runToEnd() {
        Scenario s = scenario;
        var unused = engine.submit(() -> {
            try {
                RunResult r = new Simulation(s).run();
                Platform.runLater(() -> {
                    if (s == scenario) {
                        lastRun = r;
                        vm.runFinished(r);
                        fire();
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> vm.runFailed(String.valueOf(e.getMessage())));
            }
        });
    }

    @Override
    public void setField(String path, String value) {
        replace(ScenarioOverrides.apply(scenario, List.of(path + "=" + value)));
    }

    @Override
    public void setModel(String model) {
        setField("delivery.model", model);
    }

    @Override
    public void openPanel(String name) {
        panels.add(name);
        vm.panelOpened(name);
        fire();
    }

    @Override
    public void highlight(String kind, String target) {
        highlights.add(new Highlight(kind, target));
        fire();
    }

    /** Called after every change the host saw (for a preview to redraw). */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    public Scenario scenario() {
        return scenario;
    }

    public RunResult lastRun() {
        return lastRun;
    }

    public List<Highlight> highlights() {
        return highlights;
    }

    public List<String> panels() {
        return panels;
    }

    /** Stops the engine thread. */
    public void dispose() {
        engine.shutdownNow();
    }
}
