package dev.cdnx.app;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * At 1024 × 700 the canvas keeps its share of the window (#17 item 1): the bottom panel shrinks with it
 * instead of keeping its height and leaving the canvas a strip.
 */
@Tag("window")
class ProportionalLayoutTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-layout");
    }

    @Test
    void shrinkingTheWindowShrinksTheBottomPanelToo() {
        double[] heights = fx(() -> {
            new LayoutMemory("dev/cdnx/app-test-layout").clear();
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample("hello-cdn");
            Scene scene = new Scene(view, 1440, 900);
            Theme.install(scene);
            view.applyCss();
            view.resize(1440, 900);
            view.layout();
            double bigCanvas = view.canvas().getHeight();
            view.resize(1024, 700);
            view.layout();
            return new double[] {
                bigCanvas,
                view.canvas().getHeight(),
                view.lookup("#bottom-tabs").getLayoutBounds().getHeight()
            };
        });
        assertTrue(
                heights[1] >= 0.5 * (heights[1] + heights[2]),
                "canvas " + heights[1] + " px against a bottom panel of " + heights[2] + " px (at 1440×900: "
                        + heights[0] + ")");
    }
}
