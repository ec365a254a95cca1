package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bottom panels maximised over the canvas and restored, as an IDE's tool window (#17): in a 1024 × 700
 * window the Decision panel's verdict and trees get the height they need without the divider being dragged.
 */
@Tag("window")
class BottomPanelMaximiseFxTest {

    private static final String PREFS = "dev/cdnx/app-test-maximise";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    private static MainView window() {
        new LayoutMemory(PREFS).clear();
        MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        view.files().openSample("hello-cdn");
        Theme.install(new Scene(view, 1024, 700));
        MainWindows.settle(view, 1024, 700);
        return view;
    }

    private static double bottomHeight(MainView view) {
        MainWindows.settle(view, 1024, 700);
        return view.lookup("#bottom-tabs").getLayoutBounds().getHeight();
    }

    @Test
    void theMenuItemMaximisesTheBottomPanelAndRestoresItWhereItWas() {
        double[] h = SmallWindowFxTest.fxWait(() -> {
            MainView view = window();
            double before = bottomHeight(view);
            view.bottomMaximise().toggle();
            double maximised = bottomHeight(view);
            view.bottomMaximise().toggle();
            return new double[] {before, maximised, bottomHeight(view)};
        });
        assertTrue(h[1] > 2 * h[0], "maximised: " + h[1] + " px against " + h[0]);
        assertEquals(h[0], h[2], 1.0, "restored to where it was");
    }

    @Test
    void aDoubleClickOnATabTitleMaximisesAndASecondRestores() {
        double[] h = SmallWindowFxTest.fxWait(() -> {
            MainView view = window();
            double before = bottomHeight(view);
            doubleClick(firstTitle(view));
            double maximised = bottomHeight(view);
            doubleClick(firstTitle(view));
            return new double[] {before, maximised, bottomHeight(view)};
        });
        assertTrue(h[1] > 2 * h[0], "maximised: " + h[1] + " px against " + h[0]);
        assertEquals(h[0], h[2], 1.0, "restored to where it was");
    }

    /** The first title in the bottom tabs' own row (the panels have inner tabs of their own). */
    private static Node firstTitle(MainView view) {
        javafx.scene.Parent bottom = (javafx.scene.Parent) view.lookup("#bottom-tabs");
        for (Node n : bottom.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return n.lookup(".tab");
            }
        }
        throw new AssertionError("the bottom tabs have no row of titles");
    }

    private static void doubleClick(Node tab) {
        Bounds b = tab.localToScene(tab.getLayoutBounds());
        double x = b.getCenterX();
        double y = b.getCenterY();
        Event.fireEvent(
                tab,
                new MouseEvent(
                        MouseEvent.MOUSE_CLICKED,
                        x,
                        y,
                        x,
                        y,
                        MouseButton.PRIMARY,
                        2,
                        false,
                        false,
                        false,
                        false,
                        true,
                        false,
                        false,
                        true,
                        false,
                        true,
                        new PickResult(tab, x, y)));
    }
}
