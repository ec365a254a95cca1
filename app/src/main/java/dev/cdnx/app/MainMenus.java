package dev.cdnx.app;

import dev.cdnx.app.action.Action;
import dev.cdnx.app.editor.EditorActions;
import dev.cdnx.app.editor.EditorViewModel;
import dev.cdnx.app.editor.commands.ChangeSettingsCommand;
import dev.cdnx.app.editor.properties.SettingsFields;
import dev.cdnx.app.files.FileController;
import dev.cdnx.app.files.SampleIndex;
import dev.cdnx.app.theme.Theme;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/** The menu bar and the toolbar, made from actions. */
final class MainMenus {

    private final EditorViewModel vm;
    private final EditorActions ea;
    private final FileController files;
    private final Runnable showShortcuts;
    final Action newDoc;
    final Action open;
    final Action save;
    final Action saveAs;
    final Action quit;

    MainMenus(EditorViewModel vm, EditorActions ea, FileController files, Runnable showShortcuts, Runnable quit) {
        this.vm = vm;
        this.ea = ea;
        this.files = files;
        this.showShortcuts = showShortcuts;
        newDoc = new Action("New", "mdi2f-file-outline", "Shortcut+N", files::newDocument);
        open = new Action("Open…", "mdi2f-folder-open-outline", "Shortcut+O", files::open);
        save = new Action("Save", "mdi2c-content-save-outline", "Shortcut+S", files::save);
        saveAs = new Action("Save As…", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S", files::saveAs);
        this.quit = new Action("Quit", "mdi2e-exit-to-app", "Shortcut+Q", quit);
    }

    MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        Menu recent = new Menu("Open Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : files.files().recent().files()) {
                MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                m.setOnAction(e -> files.open(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        files.files().recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        Menu samples = new Menu("Samples");
        samples.setId("menu-samples");
        for (String name : SampleIndex.names()) {
            MenuItem m = new MenuItem(name);
            m.setId("sample-" + name);
            m.setOnAction(e -> files.openSample(name));
            samples.getItems().add(m);
        }
        Menu templates = new Menu("New from Template");
        templates.setId("menu-templates");
        for (dev.cdnx.app.files.Templates.Template t : dev.cdnx.app.files.Templates.ALL) {
            MenuItem m = new MenuItem(t.title());
            m.setId("template-" + t.id());
            m.setOnAction(e -> files.newFromTemplate(t.id()));
            templates.getItems().add(m);
        }
        file.getItems()
                .addAll(
                        newDoc.menuItem(),
                        templates,
                        open.menuItem(),
                        recent,
                        samples,
                        sep(),
                        save.menuItem(),
                        saveAs.menuItem(),
                        sep(),
                        quit.menuItem());

        Menu edit = new Menu("_Edit");
        MenuItem redoY = new Action("Redo", null, "Shortcut+Y", vm.commands().canRedoProperty(), vm::redo).menuItem();
        redoY.setText("Redo (alternative shortcut)");
        Menu align = new Menu("Align");
        align.getItems()
                .addAll(
                        ea.alignLeft.menuItem(),
                        ea.alignCenter.menuItem(),
                        ea.alignTop.menuItem(),
                        ea.alignMiddle.menuItem(),
                        sep(),
                        ea.distributeHorizontally.menuItem(),
                        ea.distributeVertically.menuItem());
        align.setText("Arrange");
        edit.getItems()
                .addAll(
                        ea.undo.menuItem(),
                        ea.redo.menuItem(),
                        redoY,
                        sep(),
                        ea.cut.menuItem(),
                        ea.copy.menuItem(),
                        ea.paste.menuItem(),
                        ea.duplicate.menuItem(),
                        ea.delete.menuItem(),
                        sep(),
                        ea.selectAll.menuItem(),
                        ea.find.menuItem(),
                        align,
                        ea.autoLayout.menuItem(),
                        ea.placeOnMap.menuItem(),
                        sep(),
                        ea.addNote.menuItem(),
                        ea.addRegion.menuItem(),
                        ea.duplicateRegion.menuItem());

        Menu view = new Menu("_View");
        view.setId("menu-view");
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setAccelerator(KeyCombination.valueOf("Shortcut+G"));
        snap.selectedProperty().bindBidirectional(vm.snapToGridProperty());
        CheckMenuItem map = new CheckMenuItem("World Map");
        map.selectedProperty().bindBidirectional(vm.showMapProperty());
        CheckMenuItem geo = new CheckMenuItem("Geographic Placement (moving sets lat/long)");
        geo.selectedProperty().bindBidirectional(vm.geographicProperty());
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(Theme.currentProperty().get() == Theme.LIGHT);
        dark.setSelected(Theme.currentProperty().get() == Theme.DARK);
        light.setOnAction(e -> Theme.select(Theme.LIGHT));
        dark.setOnAction(e -> Theme.select(Theme.DARK));
        view.getItems()
                .addAll(
                        ea.zoomIn.menuItem(),
                        ea.zoomOut.menuItem(),
                        ea.zoomFit.menuItem(),
                        ea.zoomReset.menuItem(),
                        sep(),
                        snap,
                        map,
                        geo,
                        sep(),
                        light,
                        dark);

        // The Run and Lessons menus, and File → Export, are filled by the Workbench that owns those features.
        Menu run = new Menu("_Run");
        run.setId("menu-run");
        Menu lessons = new Menu("_Lessons");
        lessons.setId("menu-lessons");
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().add(new Action("Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1", showShortcuts).menuItem());
        MenuBar bar = new MenuBar(file, edit, view, run, lessons, help);
        bar.setId("menu-bar");
        return bar;
    }

    ToolBar toolBar() {
        ToolBar t = new ToolBar(
                newDoc.button("tb-new"),
                open.button("tb-open"),
                save.button("tb-save"),
                new Separator(),
                ea.undo.button("tb-undo"),
                ea.redo.button("tb-redo"),
                new Separator(),
                ea.delete.button("tb-delete"),
                ea.duplicate.button("tb-duplicate"),
                new Separator(),
                ea.zoomOut.button("tb-zoom-out"),
                ea.zoomIn.button("tb-zoom-in"),
                ea.zoomFit.button("tb-zoom-fit"),
                new Separator(),
                ea.autoLayout.button("tb-layout"),
                ea.placeOnMap.button("tb-map"),
                new Separator(),
                deliveryToggle());
        t.setId("toolbar");
        return t;
    }

    /** Pull | Push | Hybrid: the scenario's delivery model, changed through a command. */
    private HBox deliveryToggle() {
        ToggleGroup g = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (DeliveryModel m : DeliveryModel.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("tb-model-" + m.id());
            b.setUserData(m);
            b.setToggleGroup(g);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(switch (m) {
                        case PULL -> "Pull: caches fill on demand, on the first miss";
                        case PUSH -> "Push: a publish job places objects at the edges or shields ahead of demand";
                        case HYBRID -> "Hybrid: the hot head is pushed to the shields, the tail is pulled";
                    }
                    + "\n" + SettingsFields.DELIVERY_MODEL_RULE));
            b.getStyleClass()
                    .add(
                            m == DeliveryModel.PULL
                                    ? atlantafx.base.theme.Styles.LEFT_PILL
                                    : m == DeliveryModel.HYBRID
                                            ? atlantafx.base.theme.Styles.RIGHT_PILL
                                            : atlantafx.base.theme.Styles.CENTER_PILL);
            b.setOnAction(e -> {
                if (vm.scenario().delivery.model != m) {
                    vm.run(new ChangeSettingsCommand(
                            vm.document(), "Delivery model " + m.label(), s -> s.delivery.model = m));
                }
                sync(g);
            });
            box.getChildren().add(b);
        }
        vm.document().addListener(new ScenarioListener() {
            @Override
            public void settingsChanged() {
                sync(g);
            }

            @Override
            public void scenarioReplaced(Scenario scenario) {
                sync(g);
            }
        });
        sync(g);
        return box;
    }

    private void sync(ToggleGroup g) {
        DeliveryModel now = vm.scenario().delivery == null ? null : vm.scenario().delivery.model;
        g.getToggles().forEach(t -> t.setSelected(t.getUserData() == now));
    }

    private static javafx.scene.control.SeparatorMenuItem sep() {
        return new javafx.scene.control.SeparatorMenuItem();
    }
}
