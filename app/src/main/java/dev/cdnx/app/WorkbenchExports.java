package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.export.ExportContext;
import dev.cdnx.app.files.DocumentFiles;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.Scenario;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Window;

/** What the exports read from the main window: its canvas, its document and its latest run. */
final class WorkbenchExports implements ExportContext {

    private final MainView view;
    private final CanvasView canvas;
    private final DocumentFiles files;

    WorkbenchExports(MainView view, CanvasView canvas, DocumentFiles files) {
        this.view = view;
        this.canvas = canvas;
        this.files = files;
    }

    @Override
    public Window owner() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    @Override
    public Node canvas() {
        return canvas;
    }

    @Override
    public Node liveView() {
        return canvas;
    }

    @Override
    public Scenario scenario() {
        return view.viewModel().scenario();
    }

    @Override
    public Path scenarioFile() {
        return files.fileProperty().get();
    }

    @Override
    public double runTime() {
        return view.workbench().run().simTimeProperty().get();
    }

    @Override
    public RunResult lastRun() {
        return view.workbench().run().resultProperty().get();
    }
}
