package dev.cdnx.app;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.properties.SettingsFields;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.model.scenario.DeliveryModel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One rule for the delivery model switch (#17 item 8): it edits the scenario (saved, undoable), and the
 * toolbar's tooltips, the property sheet and the user guide all say so; the guide no longer says the
 * file keeps its own model.
 */
class DeliveryModelRuleTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Tag("window")
    @Test
    void theSwitchIsAnUndoableEditAndItsTooltipSaysSo() {
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test");
        new LayoutMemory("dev/cdnx/app-test").clear(); // the default layout, not one an earlier test saved
        MainView view = fx(() -> {
            MainView v = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            v.files().openSample("hello-cdn");
            dev.cdnx.app.theme.Theme.install(new javafx.scene.Scene(v, 1200, 760));
            v.applyCss();
            v.layout();
            return v;
        });
        ToggleButton push = fx(() -> (ToggleButton) view.lookup("#tb-model-push"));
        assertTrue(fx(() -> push.getTooltip().getText()).endsWith(SettingsFields.DELIVERY_MODEL_RULE));
        fxRun(push::fire);
        assertEquals(DeliveryModel.PUSH, fx(() -> view.viewModel().scenario().delivery.model));
        assertTrue(fx(() -> view.viewModel().commands().isDirty()), "the file is marked changed");
        fxRun(view.viewModel()::undo);
        assertEquals(DeliveryModel.PULL, fx(() -> view.viewModel().scenario().delivery.model), "undone");
    }

    @Test
    void thePropertySheetAndTheGuideSayTheSameRule() throws Exception {
        var model = SettingsFields.ALL.stream()
                .filter(f -> f.name().equals("Model"))
                .findFirst()
                .orElseThrow();
        assertTrue(model.description().endsWith(SettingsFields.DELIVERY_MODEL_RULE), model.description());
        String guide = Files.readString(Path.of("../docs/user-guide.md")).replaceAll("\\s+", " ");
        assertTrue(
                guide.contains("switching it is an edit (saved with the file, undone with Edit › Undo), and the "
                        + "live run restarts from t = 0 on the same seed"),
                "the guide states the rule");
        assertFalse(guide.contains("keeps its own model"), "the guide no longer contradicts it");
    }
}
