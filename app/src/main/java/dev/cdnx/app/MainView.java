package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorActions;
import dev.cdnx.app.editor.gesture.EditorContextMenus;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.PaletteView;
import dev.cdnx.app.editor.ProblemsView;
import dev.cdnx.app.editor.gesture.GestureController;
import dev.cdnx.app.editor.properties.PropertiesView;
import dev.cdnx.app.export.ExportActions;
import dev.cdnx.app.files.Autosave;
import dev.cdnx.app.files.DocumentFiles;
import dev.cdnx.app.files.FileController;
import dev.cdnx.app.files.RecentFiles;
import dev.cdnx.model.scenario.Scenario;
import java.io.File;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content (SPEC S6.1): menu bar and toolbar; palette, canvas and properties side by
 * side; the bottom tabs (Metrics, Decision, Cost, Checks, Compare, Trace, Lessons from the {@link Workbench},
 * then Problems and Log);
 * the status bar. Dropping a .json file anywhere opens it.
 */
public final class MainView extends BorderPane {

    private final EditorViewModel vm;
    private final CanvasView canvas;
    private final DocumentFiles files;
    private final FileController fileController;
    private final EditorActions actions;
    private final TabPane bottom = new TabPane();
    private final Workbench workbench;
    private final ExportActions exports;

    public MainView(Scenario initial, boolean quiet, Runnable quit) {
        vm = new EditorViewModel(initial);
        canvas = new CanvasView(vm);
        actions = new EditorActions(vm, canvas);
        EditorContextMenus contextMenus = new EditorContextMenus(vm, actions, canvas);
        // The gestures sit above the canvas package: they hook into the canvas, the canvas knows none of them.
        new GestureController(canvas, vm).setContextMenus(contextMenus);
        String prefsNode = System.getProperty("cdnx.prefs", "dev/cdnx/app");
        files = new DocumentFiles(vm, new RecentFiles(prefsNode), new Autosave(vm, Autosave.defaultFile()));
        fileController = new FileController(files, vm, () -> getScene() == null ? null : getScene().getWindow(),
                quiet);
        setId("main-view");
        // Every control a screen reader reaches has a name, whichever panel built it (#17).
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                AccessibleNames.install(now);
            }
        });

        MainMenus menus = new MainMenus(vm, actions, fileController,
                () -> ShortcutsSheet.show(getScene().getWindow()), quit);
        javafx.scene.control.MenuBar menuBar = menus.menuBar();

        SplitPane middle = new SplitPane(new PaletteView(vm, canvas), canvas, new PropertiesView(vm));
        middle.setDividerPositions(0.1, 0.78);
        SplitPane.setResizableWithParent(middle.getItems().get(0), false);
        SplitPane.setResizableWithParent(middle.getItems().get(2), false);

        Tab problems = new Tab("Problems", new ProblemsView(vm, canvas));
        problems.setId("tab-problems");
        ListView<String> logView = new ListView<>(vm.log());
        logView.setId("log");
        vm.log().addListener((javafx.collections.ListChangeListener<String>) c -> logView.scrollTo(vm.log().size()));
        Tab log = new Tab("Log", logView);
        log.setId("tab-log");
        bottom.getTabs().addAll(problems, log);
        bottom.getTabs().forEach(t -> t.setClosable(false));
        bottom.setId("bottom-tabs");
        vm.problems().addListener((javafx.collections.ListChangeListener<Object>) c ->
                problems.setText(vm.problems().isEmpty() ? "Problems" : "Problems (" + vm.problems().size() + ")"));
        problems.setText(vm.problems().isEmpty() ? "Problems" : "Problems (" + vm.problems().size() + ")");

        workbench = new Workbench(vm, canvas, bottom, () -> vm.baseDirProperty().get(),
                sample -> files.openSample(sample.replaceFirst("\\.json$", "")));
        contextMenus.setNodeExtras(workbench::nodeMenuItems);
        exports = new ExportActions(new WorkbenchExports(this, canvas, files), vm::info);
        WorkbenchMenus.install(menuBar, workbench, exports, () -> getScene().getWindow(), link -> { });
        // A plain row, not a ToolBar: the run controls stretch (time slider) instead of overflowing.
        javafx.scene.layout.HBox runTools = new javafx.scene.layout.HBox(workbench.toolbar());
        runTools.getStyleClass().add("tool-bar");
        runTools.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        runTools.setId("run-toolbar");
        setTop(new VBox(menuBar, menus.toolBar(), runTools));

        SplitPane main = new SplitPane(middle, bottom);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.6);
        // Both halves take their share when the window changes size: a bottom panel that kept its height
        // left the canvas a strip at 1024 × 700. Neither can be pushed below a useful minimum.
        bottom.setMinHeight(110);
        LayoutMemory layout = new LayoutMemory(prefsNode);
        layout.track("main", main);
        layout.track("middle", middle);
        setCenter(main);
        setBottom(new StatusBar(vm));

        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            switch (e.getCharacter()) {
                case "+", "=" -> canvas.zoom(1.2);
                case "-" -> canvas.zoom(1 / 1.2);
                case "?" -> ShortcutsSheet.show(getScene().getWindow());
                case " " -> workbench.run().togglePlay();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            boolean done = false;
            for (File f : e.getDragboard().getFiles()) {
                fileController.open(f.toPath());
                done = true;
                break;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    public Workbench workbench() {
        return workbench;
    }

    public ExportActions exports() {
        return exports;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public DocumentFiles files() {
        return files;
    }

    public FileController fileController() {
        return fileController;
    }

    public EditorActions actions() {
        return actions;
    }

    /** Placeholder content for the bottom tabs that later work fills. */
    static Label soon(String what) {
        return new Label(what);
    }
}
