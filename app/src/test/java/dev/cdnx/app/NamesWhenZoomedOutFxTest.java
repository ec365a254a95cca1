package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Styles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A world-wide drawing fitted into a small canvas still names its nodes: at the 24–29 % that patch-day and
 * cost-lever got in their story pictures the canvas showed no name at all, and a story read off the map
 * needs to say which node is which (#16). The label placer leaves out the names that have no room.
 */
@Tag("window")
class NamesWhenZoomedOutFxTest {

    private static final String PREFS = "dev/cdnx/app-test-names-zoomed-out";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    @Test
    void patchDayAtAQuarterOfFullSizeShowsNames() throws Exception {
        MainView view = fx(() -> MainWindows.fitted("patch-day", 1440, 900));
        MainWindows.awaitNamesPlaced(view);
        fx(() -> {
            var vp = view.canvas().viewModel().viewport();
            vp.zoomAt(
                    0.25 / vp.scale(),
                    view.canvas().getWidth() / 2,
                    view.canvas().getHeight() / 2);
            view.layout();
            return null;
        });
        MainWindows.awaitNamesPlaced(view);
        double scale = fx(() -> view.canvas().viewModel().viewport().scale());
        long named = fx(() -> view.canvas().nodeViews().stream()
                .filter(NodeView::isVisible)
                .map(v -> v.lookup("." + Styles.NODE_LABEL))
                .filter(n -> n != null && n.isVisible())
                .count());
        assertTrue(Math.abs(scale - 0.25) < 0.01, "zoomed to 25 %: " + scale);
        assertTrue(named >= 10, "names shown at 25 %: " + named);
    }
}
