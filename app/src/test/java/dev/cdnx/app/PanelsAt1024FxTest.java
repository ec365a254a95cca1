package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bottom panels and the Find box at the smallest supported window, 1024 × 700 (#17): no label, table
 * header or chart title in them is drawn cut short with an ellipsis.
 */
@Tag("window")
class PanelsAt1024FxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-panels");
    }

    private static List<String> cutIn(String sample, String panel) {
        MainView shown = MainWindows.withPanel(sample, panel, 1024, 700);
        return SmallWindowFxTest.fxWait(() -> SmallWindowFxTest.ellipses(shown));
    }

    @Test
    void theCostPanelShowsEveryTextWhole() {
        assertEquals(List.of(), cutIn("cost-lever", "cost"));
    }

    /** Compact head sizes ("100", "300", "1k") touched each other on the cost chart's axis at 1024 px. */
    @Test
    void theHeadSizeAxisLabelsKeepApart() {
        Parent cost = BottomPanelsWholeFxTest.panelAt1024("cost-lever", "cost");
        List<String> touching = SmallWindowFxTest.fxWait(() -> {
            javafx.scene.chart.Axis<?> axis =
                    ((javafx.scene.chart.XYChart<?, ?>) cost.lookup("#cost-by-head")).getXAxis();
            List<javafx.geometry.Bounds> labels = new java.util.ArrayList<>();
            for (javafx.scene.Node n : axis.getChildrenUnmodifiable()) {
                if (n instanceof javafx.scene.text.Text t
                        && t.isVisible()
                        && !t.getText().isEmpty()) {
                    labels.add(t.getBoundsInParent());
                }
            }
            labels.sort(java.util.Comparator.comparingDouble(javafx.geometry.Bounds::getMinX));
            assertTrue(labels.size() >= 3, "the axis names several head sizes: " + labels);
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i < labels.size(); i++) {
                double gap = labels.get(i).getMinX() - labels.get(i - 1).getMaxX();
                if (gap < 4) {
                    out.add("labels " + (i - 1) + " and " + i + " are " + Math.round(gap) + " px apart");
                }
            }
            return out;
        });
        assertEquals(List.of(), touching);
    }

    @Test
    void theComparePanelShowsEveryTextWhole() {
        assertEquals(List.of(), cutIn("hello-cdn", "compare"));
    }

    @Test
    void theDecisionPanelShowsEveryTextWhole() {
        assertEquals(List.of(), cutIn("patch-day", "decision"));
    }

    @Test
    void theFindBoxShowsItsWholeHint() {
        List<String> cut = SmallWindowFxTest.fxWait(() -> {
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample("hello-cdn");
            new Scene(view, 1024, 700);
            var find = view.actions().findPopup;
            find.showFind();
            Region box = find.content();
            Scene alone = new Scene(new Group(box));
            Theme.install(alone);
            box.applyCss();
            box.autosize();
            box.layout();
            return SmallWindowFxTest.ellipses(box);
        });
        assertEquals(List.of(), cut);
    }
}
