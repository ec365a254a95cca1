package dev.cdnx.app.panels;

import dev.cdnx.app.panels.host.PanelsController;
import dev.cdnx.model.scenario.ScenarioDocument;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Compare tests' window: a {@link PanelsWindow} with Compare selected. TestFX looks for {@code @Start} on the
 * test class itself only, so each test class's {@code @Start} calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ComparePanelTest {

    PanelsController panels;
    ScenarioDocument doc;

    void open(Stage stage) {
        PanelsWindow window = PanelsWindow.show(stage, "compare");
        doc = window.doc();
        panels = window.panels();
    }
}
