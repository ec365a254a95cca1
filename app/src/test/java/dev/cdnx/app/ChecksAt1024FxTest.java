package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Checks panel at the smallest supported window, 1024 × 700 (#17): the fired checks are drawn as whole
 * rows, not squeezed into one clipped line, and scrolling the panel reaches the last of them.
 */
@Tag("window")
class ChecksAt1024FxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-checks");
    }

    private static MainView checksAt1024(String sample) {
        return SmallWindowFxTest.fxWait(() -> {
            new LayoutMemory("dev/cdnx/app-test-checks").clear();
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample(sample);
            Scene scene = new Scene(view, 1024, 700);
            Theme.install(scene);
            view.workbench().openPanel("checks");
            settle(view);
            return view;
        });
    }

    private static void settle(MainView view) {
        for (int i = 0; i < 3; i++) {
            view.applyCss();
            view.resize(1024, 700);
            view.layout();
        }
    }

    private static List<Node> rows(MainView view) {
        return List.copyOf(view.lookup("#checks-list").lookupAll(".cdn-check-cell"));
    }

    private static boolean holds(Bounds outer, Bounds inner) {
        double slack = 0.5;
        return inner.getMinY() >= outer.getMinY() - slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }

    @Test
    void everyFiredCheckIsAWholeRowInsideTheList() {
        MainView view = checksAt1024("personalized");
        List<String> clipped = SmallWindowFxTest.fxWait(() -> {
            Node list = view.lookup("#checks-list");
            Bounds shown = list.localToScene(list.getLayoutBounds());
            return rows(view).stream()
                    .filter(r -> r.isVisible() && !holds(shown, r.localToScene(r.getLayoutBounds())))
                    .map(r -> r.getId() + " " + r.localToScene(r.getLayoutBounds()) + " outside " + shown)
                    .toList();
        });
        int fired = SmallWindowFxTest.fxWait(
                () -> view.workbench().panels().checks().fired().size());
        assertTrue(fired > 0, "personalized fires at least one check");
        assertEquals(fired, SmallWindowFxTest.fxWait(() -> rows(view).size()), "every fired check is drawn");
        assertEquals(List.of(), clipped);
    }

    @Test
    void scrollingThePanelReachesTheLastCheckWhole() {
        MainView view = checksAt1024("personalized");
        boolean reached = SmallWindowFxTest.fxWait(() -> {
            Node list = view.lookup("#checks-list");
            ScrollPane scroll = enclosingScroll(list);
            List<Node> rows = rows(view);
            assertFalse(rows.isEmpty(), "the fired checks are drawn");
            Node last = rows.get(rows.size() - 1);
            double rowTop = scroll.getContent()
                    .sceneToLocal(last.localToScene(last.getLayoutBounds()))
                    .getMinY();
            double spare = scroll.getContent().getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(spare <= 0 ? 0 : scroll.getVmax() * Math.min(1, rowTop / spare));
            settle(view);
            Bounds window = scroll.localToScene(scroll.getLayoutBounds());
            double top = last.localToScene(last.getLayoutBounds()).getMinY();
            return top >= window.getMinY() - 0.5 && top < window.getMaxY();
        });
        assertTrue(reached, "the last fired check can be scrolled into view");
    }

    private static ScrollPane enclosingScroll(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        throw new AssertionError("the checks panel is not inside a scroll pane");
    }
}
