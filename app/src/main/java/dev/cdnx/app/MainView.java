package dev.cdnx.app;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.EditorActions;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.PaletteView;
import dev.cdnx.app.editor.ProblemsView;
import dev.cdnx.app.editor.gesture.EditorContextMenus;
import dev.cdnx.app.editor.gesture.GestureController;
import dev.cdnx.app.editor.properties.PropertiesView;
import dev.cdnx.app.export.ExportActions;
import dev.cdnx.app.files.Autosave;
import dev.cdnx.app.files.DocumentFiles;
import dev.cdnx.app.files.FileController;
import dev.cdnx.app.files.RecentFiles;
import dev.cdnx.model.scenario.Scenario;
import java.io.File;
import java.util.List;
import javafx.geometry.Orientation;
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
    /** The user folded the palette to its icons (View › Palette as Icons); a narrow window folds it too. */
    private final javafx.beans.property.BooleanProperty paletteFolded =
            new javafx.beans.property.SimpleBooleanProperty(this, "paletteFolded", false);

    private javafx.beans.binding.BooleanBinding compactPalette;
    /** The property sheet, folding to an icon at the user's word or in a narrow window. */
    private final SidePanelFold propertiesPanel;
    /** Double click on a bottom tab, View › Maximise the Bottom Panel: the panels over the canvas and back. */
    private final BottomPanelMaximise bottomMaximise;
    /** Below this window width the palette shows only its icons, leaving the width to the canvas. */
    static final double NARROW = 1200;

    public MainView(Scenario initial, boolean quiet, Runnable quit) {
        vm = new EditorViewModel(initial);
        canvas = new CanvasView(vm);
        actions = new EditorActions(vm, canvas);
        EditorContextMenus contextMenus = new EditorContextMenus(vm, actions, canvas);
        // The gestures sit above the canvas package: they hook into the canvas, the canvas knows none of them.
        new GestureController(canvas, vm).setContextMenus(contextMenus);
        String prefsNode = System.getProperty("cdnx.prefs", "dev/cdnx/app");
        files = new DocumentFiles(vm, new RecentFiles(prefsNode), new Autosave(vm, Autosave.defaultFile()));
        fileController = new FileController(
                files, vm, () -> getScene() == null ? null : getScene().getWindow(), quiet);
        setId("main-view");
        // Every control a screen reader reaches has a name, whichever panel built it (#17).
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                AccessibleNames.install(now);
            }
        });

        MainMenus menus = new MainMenus(
                vm,
                actions,
                fileController,
                () -> ShortcutsSheet.show(getScene().getWindow()),
                quit);
        javafx.scene.control.MenuBar menuBar = menus.menuBar();

        PaletteView palette = new PaletteView(vm, canvas);
        PropertiesView properties = new PropertiesView(vm);
        propertiesPanel = new SidePanelFold(properties, properties.getPrefWidth(), widthProperty());
        SplitPane middle = new SplitPane(palette, canvas, propertiesPanel);
        middle.setDividerPositions(0.1, 0.78);
        SplitPane.setResizableWithParent(middle.getItems().get(0), false);
        SplitPane.setResizableWithParent(middle.getItems().get(2), false);

        Tab problems = new Tab("Problems", new ProblemsView(vm, canvas));
        problems.setId("tab-problems");
        ListView<String> logView = new ListView<>(vm.log());
        logView.setId("log");
        vm.log().addListener((javafx.collections.ListChangeListener<String>)
                c -> logView.scrollTo(vm.log().size()));
        Tab log = new Tab("Log", logView);
        log.setId("tab-log");
        bottom.getTabs().addAll(problems, log);
        bottom.getTabs().forEach(t -> t.setClosable(false));
        bottom.setId("bottom-tabs");
        vm.problems().addListener((javafx.collections.ListChangeListener<Object>) c -> problems.setText(
                vm.problems().isEmpty()
                        ? "Problems"
                        : "Problems (" + vm.problems().size() + ")"));
        problems.setText(
                vm.problems().isEmpty()
                        ? "Problems"
                        : "Problems (" + vm.problems().size() + ")");

        workbench = new Workbench(
                vm,
                canvas,
                bottom,
                () -> vm.baseDirProperty().get(),
                sample -> files.openSample(sample.replaceFirst("\\.json$", "")));
        contextMenus.setNodeExtras(workbench::nodeMenuItems);
        exports = new ExportActions(new WorkbenchExports(this, canvas, files), vm::info);
        WorkbenchMenus.install(menuBar, workbench, exports, () -> getScene().getWindow(), link -> {});
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
        bottomMaximise = new BottomPanelMaximise(main, middle, bottom);
        LayoutMemory layout = new LayoutMemory(prefsNode);
        layout.track("main", main);
        layout.track("middle", middle);
        layout.track("legend", canvas.legendWantedProperty());
        layout.track("minimap", canvas.minimapWantedProperty());
        layout.track("paletteFolded", paletteFolded);
        layout.track("propertiesFolded", propertiesPanel.userFoldedProperty());
        addFoldingItems(menuBar);
        foldPaletteWhenNarrow(palette, middle);
        propertiesPanel.followWith(middle, 1, layout.savedWidth("middle"));
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
                if (dev.cdnx.app.traffic.TrafficFiles.isScenario(f.toPath())) {
                    fileController.open(f.toPath());
                } else {
                    workbench.importTraffic(f.toPath());
                }
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

    /**
     * Folds the palette to icons when the user asks or the window is narrower than {@link #NARROW}, and
     * moves the first divider with it so the canvas gets the width.
     */
    private void foldPaletteWhenNarrow(PaletteView palette, SplitPane middle) {
        // Kept in a field: the window's width holds its listeners weakly, and a binding nobody references is
        // collected, after which the palette no longer followed the window's width.
        compactPalette = paletteFolded.or(
                widthProperty().lessThan(NARROW).and(widthProperty().greaterThan(0)));
        javafx.beans.binding.BooleanBinding compact = compactPalette;
        Runnable apply = () -> {
            boolean c = compact.get();
            if (c != palette.isCompact()) {
                palette.setCompact(c);
                if (middle.getWidth() > 0) {
                    middle.setDividerPosition(0, palette.getPrefWidth() / middle.getWidth());
                }
            }
        };
        compact.addListener((o, was, now) -> apply.run());
        middle.widthProperty().addListener((o, was, now) -> {
            if (palette.isCompact()) {
                middle.setDividerPosition(0, palette.getPrefWidth() / now.doubleValue());
            }
        });
        apply.run();
    }

    /** The property sheet's panel: folded to an icon or open. */
    SidePanelFold propertiesPanel() {
        return propertiesPanel;
    }

    /** Maximises the bottom panels over the canvas and restores them. */
    BottomPanelMaximise bottomMaximise() {
        return bottomMaximise;
    }

    /** Whether the user folded the palette to its icons. */
    public javafx.beans.property.BooleanProperty paletteFoldedProperty() {
        return paletteFolded;
    }

    /** View › Legend and View › Minimap: the user's switches (they also fold away on a small canvas). */
    private void addFoldingItems(javafx.scene.control.MenuBar bar) {
        javafx.scene.control.CheckMenuItem legend = new javafx.scene.control.CheckMenuItem("Legend on the Map");
        legend.setId("menu-legend");
        legend.selectedProperty().bindBidirectional(canvas.legendWantedProperty());
        javafx.scene.control.CheckMenuItem icons = new javafx.scene.control.CheckMenuItem("Palette as Icons");
        icons.setId("menu-palette-icons");
        icons.selectedProperty().bindBidirectional(paletteFolded);
        icons.setAccelerator(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+B"));
        javafx.scene.control.MenuItem properties = new javafx.scene.control.MenuItem();
        properties.setId("menu-properties-fold");
        properties
                .textProperty()
                .bind(javafx.beans.binding.Bindings.when(propertiesPanel.foldedProperty())
                        .then("Open the Properties")
                        .otherwise("Fold the Properties to an Icon"));
        properties.setAccelerator(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+P"));
        properties.setOnAction(e -> propertiesPanel.toggle());
        javafx.scene.control.MenuItem maximise = new javafx.scene.control.MenuItem();
        maximise.setId("menu-bottom-maximise");
        maximise.textProperty()
                .bind(javafx.beans.binding.Bindings.when(bottomMaximise.maximisedProperty())
                        .then("Restore the Bottom Panel")
                        .otherwise("Maximise the Bottom Panel"));
        maximise.setAccelerator(javafx.scene.input.KeyCombination.valueOf("Shortcut+Shift+M"));
        maximise.setOnAction(e -> bottomMaximise.toggle());
        javafx.scene.control.CheckMenuItem minimap = new javafx.scene.control.CheckMenuItem("Minimap");
        minimap.setId("menu-minimap");
        minimap.selectedProperty().bindBidirectional(canvas.minimapWantedProperty());
        for (javafx.scene.control.Menu m : bar.getMenus()) {
            if ("_View".equals(m.getText())) {
                int at = m.getItems().size();
                for (int i = 0; i < m.getItems().size(); i++) {
                    if (m.getItems().get(i) instanceof javafx.scene.control.RadioMenuItem) {
                        at = i;
                        break;
                    }
                }
                m.getItems()
                        .addAll(
                                at,
                                List.of(
                                        legend,
                                        minimap,
                                        icons,
                                        properties,
                                        maximise,
                                        new javafx.scene.control.SeparatorMenuItem()));
            }
        }
    }
}
