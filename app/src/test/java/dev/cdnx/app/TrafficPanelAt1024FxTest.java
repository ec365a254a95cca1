package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.List;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Traffic panel at the smallest supported window, 1024 × 700 (#17): its labels, table headers and chart
 * title are drawn whole (wrapped, or shortened only where a tooltip holds the whole text).
 */
@Tag("window")
class TrafficPanelAt1024FxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-traffic");
    }

    @Test
    void theTrafficPanelShowsEveryTextWhole() {
        List<String> cut = SmallWindowFxTest.fxWait(() -> {
            new LayoutMemory("dev/cdnx/app-test-traffic").clear();
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample("hello-cdn");
            Scene scene = new Scene(view, 1024, 700);
            Theme.install(scene);
            view.workbench().openPanel("traffic");
            for (int i = 0; i < 3; i++) {
                view.applyCss();
                view.resize(1024, 700);
                view.layout();
            }
            return SmallWindowFxTest.ellipses(
                    view.lookup("#traffic-panel") instanceof javafx.scene.Parent p ? p : view);
        });
        assertEquals(List.of(), cut);
    }
}
