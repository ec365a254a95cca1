package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.PanelScroll;
import dev.cdnx.app.run.FxTestSupport;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bottom panel in the smallest supported window, 1024 × 700 (#17): the tab there is about 180 px
 * high, so a panel that filled it would squeeze its tables to their headers and its charts and trees to
 * strips. Each panel keeps the height it needs instead and scrolls as a whole: no table without its whole
 * header and a row, no chart, list or inner scroll area thinner than {@link ThinViews#MIN_VIEW}.
 */
@Tag("window")
class BottomPanelsWholeFxTest {

    private static final String PREFS = "dev/cdnx/app-test-whole";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    /** The panel's content inside its tab's scroll pane, once the window has been laid out and filled. */
    static Parent panelAt1024(String sample, String panel) {
        MainView view = MainWindows.withPanel(sample, panel, 1024, 700);
        return FxWait.fx(() -> {
            TabPane bottom = (TabPane) view.lookup("#bottom-tabs");
            ScrollPane scroll =
                    (ScrollPane) bottom.getSelectionModel().getSelectedItem().getContent();
            assertTrue(scroll.getStyleClass().contains(PanelScroll.STYLE_CLASS), panel + " is in a panel scroll");
            return (Parent) scroll.getContent();
        });
    }

    @ParameterizedTest(name = "{1} ({0})")
    @CsvSource({
        "hello-cdn, metrics",
        "cost-lever, cost",
        "patch-day, decision",
        "personalized, checks",
        "hello-cdn, compare",
        "hello-cdn, trace",
        "single-request, lessons",
        "hello-cdn, lab",
        "hello-cdn, traffic"
    })
    void everyPartOfThePanelIsWholeAt1024By700(String sample, String panel) {
        Parent content = panelAt1024(sample, panel);
        List<String> thin = SmallWindowFxTest.fxWait(() -> ThinViews.in(content));
        assertEquals(List.of(), thin);
    }
}
