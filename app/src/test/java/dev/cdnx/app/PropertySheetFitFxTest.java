package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The property sheet at its default width in a 1440 × 900 window (#17): its fields and drop-downs fit
 * inside it with a margin to spare, so it never scrolls sideways.
 */
@Tag("window")
class PropertySheetFitFxTest {

    private static final String PREFS = "dev/cdnx/app-test-sheetfit";
    /** The gap a field keeps from the sheet's right edge (or its scroll bar). */
    private static final double MARGIN = 4;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    /** What does not fit: a sideways scroll bar, or a field reaching the sheet's right edge. */
    private static List<String> misfits(String nodeName) {
        return misfits(nodeName, false);
    }

    private static List<String> misfits(String nodeName, boolean narrowest) {
        return fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            view.files().openSample("hello-cdn");
            Scene scene = new Scene(view, 1440, 900);
            Theme.install(scene);
            if (nodeName != null) {
                view.viewModel()
                        .selection()
                        .set(List.of(view.viewModel().scenario().node(nodeName)));
            }
            for (int i = 0; i < 3; i++) {
                view.applyCss();
                view.resize(1440, 900);
                view.layout();
            }
            if (narrowest) {
                Node up = view.lookup("#properties-panel");
                while (!(up instanceof javafx.scene.control.SplitPane)) {
                    up = up.getParent();
                }
                javafx.scene.control.SplitPane middle = (javafx.scene.control.SplitPane) up;
                middle.setDividerPosition(1, 0.99);
                view.layout();
                view.layout();
            }
            Node sheet = view.lookup("#property-sheet");
            List<String> out = new ArrayList<>();
            for (Node n : sheet.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                    out.add("a sideways scroll bar");
                }
            }
            Node viewport = sheet.lookup(".viewport");
            double right = viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
            for (Node n : sheet.lookupAll(".combo-box-base")) {
                note(out, n, right);
            }
            for (Node n : sheet.lookupAll(".text-field")) {
                if (n instanceof TextField f && f.getId() != null && f.getId().startsWith("prop-")) {
                    note(out, n, right);
                }
            }
            return out;
        });
    }

    private static void note(List<String> out, Node field, double right) {
        if (!field.isVisible() || field.getScene() == null || !shown(field)) {
            return;
        }
        Bounds b = field.localToScene(field.getLayoutBounds());
        if (b.getMaxX() > right - MARGIN) {
            out.add((field instanceof ComboBox<?> ? "drop-down " : "field ") + field.getId() + " ends at "
                    + Math.round(b.getMaxX()) + ", the sheet at " + Math.round(right));
        }
    }

    /** Inside an expanded category (a collapsed pane keeps its fields laid out but hidden). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || (p instanceof javafx.scene.control.TitledPane t && !t.isExpanded())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theScenarioSettingsFitTheSheet() {
        assertEquals(List.of(), misfits(null));
    }

    @Test
    void anEdgesFieldsFitTheSheetAtItsNarrowest() {
        assertEquals(List.of(), misfits("edge-london", true));
    }

    @Test
    void anEdgesFieldsFitTheSheet() {
        List<String> out = misfits("edge-london");
        assertFalse(out.contains("a sideways scroll bar"), String.valueOf(out));
        assertEquals(List.of(), out);
    }
}
