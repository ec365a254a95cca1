package dev.cdnx.app.panels;

import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.app.theme.PaletteScenes;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The bottom panels over hello-cdn shortened to 30 s, as tabs in a 1200 × 720 window with one of them
 * selected: the Compare tests' window. FX thread (a TestFX {@code @Start}).
 */
record PanelsWindow(ScenarioDocument doc, PanelsController panels) {

    static PanelsWindow show(Stage stage, String selected) {
        ScenarioDocument doc = new ScenarioDocument(Samples.load("hello-cdn", "duration=30s"));
        Path folder = Samples.file("hello-cdn").getParent();
        PanelsController panels = new PanelsController(doc, () -> folder);
        TabPane tabs = new TabPane();
        tabs.getTabs().setAll(panels.tabs());
        stage.setScene(PaletteScenes.of(tabs, 1200, 720));
        stage.show();
        panels.select(selected);
        return new PanelsWindow(doc, panels);
    }
}
