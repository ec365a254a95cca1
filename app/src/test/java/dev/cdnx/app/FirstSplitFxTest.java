package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The first split of a window between the drawing and the bottom panels (#17): at 1440 × 900 the Metrics
 * panel shows whole (with the fixed 60 / 40 split its second row of charts was below the fold and the panel
 * scrolled), and at 1024 × 700 the bottom panels get more than 40 % while the canvas keeps its least height.
 */
@Tag("window")
class FirstSplitFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-first-split");
    }

    @Test
    void theMetricsPanelShowsWholeAt1440By900() {
        MainView view = MainWindows.withPanel("hello-cdn", "metrics", 1440, 900);
        List<String> hidden = FxWait.fx(() -> {
            ScrollPane scroll = (ScrollPane) view.lookup("#metrics-scroll");
            Bounds port = scroll.localToScene(scroll.getLayoutBounds());
            List<String> out = new ArrayList<>();
            for (String id : List.of(
                    "run-chart-hits",
                    "run-chart-origin",
                    "run-chart-latency",
                    "run-chart-errors",
                    "run-chart-coverage",
                    "run-region-latency")) {
                Node part = view.lookup("#" + id);
                Bounds b = part.localToScene(part.getLayoutBounds());
                if (b.getMaxY() > port.getMaxY() + 0.5) {
                    out.add(id + " ends at " + Math.round(b.getMaxY()) + ", the tab at " + Math.round(port.getMaxY()));
                }
            }
            double need = ((javafx.scene.layout.Region) scroll.getContent()).minHeight(-1);
            if (scroll.getViewportBounds().getHeight() + 0.5 < need) {
                out.add("the panel needs " + Math.round(need) + " px, the tab shows "
                        + Math.round(scroll.getViewportBounds().getHeight()));
            }
            return out;
        });
        assertEquals(List.of(), hidden);
    }

    @Test
    void at1024By700TheBottomPanelsGetMoreWhileTheCanvasKeepsItsLeastHeight() {
        MainView view = MainWindows.withPanel("hello-cdn", "metrics", 1024, 700);
        double[] h = FxWait.fx(() -> {
            SplitPane main = (SplitPane) view.getCenter();
            return new double[] {
                main.getHeight(),
                view.lookup("#bottom-tabs").getLayoutBounds().getHeight(),
                view.canvas().getHeight()
            };
        });
        assertTrue(h[1] > FirstSplit.BOTTOM_SHARE * h[0] + 20, "the bottom panels: " + h[1] + " of " + h[0]);
        assertTrue(h[2] >= FirstSplit.CANVAS_MIN - 1, "the canvas keeps its least height: " + h[2]);
    }

    @Test
    void theBottomGetsWhatItWantsAsFarAsTheCanvasKeepsItsLeastHeight() {
        assertEquals(330, FirstSplit.bottomHeight(750, 330), 1e-9, "1440 x 900: whole");
        assertEquals(250, FirstSplit.bottomHeight(550, 330), 1e-9, "1024 x 700: the canvas keeps 300 px");
        assertEquals(516, FirstSplit.bottomHeight(1290, 330), 1e-9, "2560 x 1440: 40 %");
    }
}
