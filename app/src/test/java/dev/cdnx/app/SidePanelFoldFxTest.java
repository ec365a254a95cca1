package dev.cdnx.app;

import static dev.cdnx.app.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.properties.PropertiesSheet;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The property sheet folds to an icon strip (#17 item 1): by its button and View's item (Ctrl+Shift+P),
 * remembered for the next window, and on its own in a narrow window, where its icon still opens it.
 */
@Tag("window")
class SidePanelFoldFxTest {

    private static final String PREFS = "dev/cdnx/app-test-sidefold";

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", PREFS);
    }

    private static MainView window(int w, int h) {
        MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        view.files().openSample("hello-cdn");
        Scene scene = new Scene(view, w, h);
        Theme.install(scene);
        resize(view, w, h);
        return view;
    }

    private static void resize(MainView view, int w, int h) {
        view.applyCss();
        view.resize(w, h);
        view.layout();
        view.layout();
    }

    private static double panelWidth(MainView view) {
        return view.lookup("#properties-panel").getLayoutBounds().getWidth();
    }

    @Test
    void theButtonFoldsTheSheetToAnIconAndTheNextWindowRemembers() {
        Object[] r = fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView view = window(1440, 900);
            boolean openAtFirst = view.lookup("#property-sheet") != null;
            double openWidth = panelWidth(view);
            double canvasBefore = view.canvas().getWidth();
            ((Button) view.lookup("#properties-fold")).fire();
            view.layout();
            Object[] out = {
                openAtFirst,
                openWidth,
                view.lookup("#property-sheet"),
                panelWidth(view),
                view.canvas().getWidth() - canvasBefore,
                view.lookup("#properties-unfold") != null,
                false,
                false
            };
            MainView next = window(1440, 900);
            out[6] = next.propertiesPanel().isFolded();
            ((Button) next.lookup("#properties-unfold")).fire();
            next.layout();
            out[7] = next.lookup("#property-sheet") != null && panelWidth(next) > 200;
            return out;
        });
        assertTrue((Boolean) r[0], "the sheet is open in a large window");
        assertTrue((Double) r[1] > 200, "open width " + r[1]);
        assertNull(r[2], "folded: the sheet is gone");
        assertTrue((Double) r[3] <= SidePanelFold.STRIP_WIDTH + 1, "folded width " + r[3]);
        assertTrue((Double) r[4] > 200, "the canvas gained " + r[4] + " px");
        assertTrue((Boolean) r[5], "the strip shows the icon that opens the sheet");
        assertTrue((Boolean) r[6], "the next window starts folded");
        assertTrue((Boolean) r[7], "and its icon opens the sheet");
    }

    @Test
    void aNarrowWindowFoldsTheSheetAndItsIconStillOpensIt() {
        boolean[] r = fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView view = window(1024, 700);
            boolean foldedWhenNarrow = view.propertiesPanel().isFolded() && view.lookup("#property-sheet") == null;
            ((Button) view.lookup("#properties-unfold")).fire();
            view.layout();
            boolean openedAnyway = view.lookup("#property-sheet") != null;
            resize(view, 1440, 900);
            boolean openWhenWide = !view.propertiesPanel().isFolded();
            resize(view, 1024, 700);
            boolean foldedAgain = view.propertiesPanel().isFolded();
            // the next session, in a wide window, opens the sheet at its own width (not at the folded divider)
            MainView next = window(1440, 900);
            boolean wholeWidth = panelWidth(next) > 250;
            return new boolean[] {foldedWhenNarrow, openedAnyway, openWhenWide, foldedAgain, wholeWidth};
        });
        assertTrue(r[0], "folded at 1024x700");
        assertTrue(r[1], "opened by its icon although the window is narrow");
        assertTrue(r[2], "open in a wide window");
        assertTrue(r[3], "folded again when the window is narrow again");
        assertTrue(r[4], "a wide window after a narrow one opens the sheet at its own width");
    }

    @Test
    void aWideWindowAfterANarrowSessionOpensTheSheetAtItsOwnWidth() {
        double[] r = fx(() -> {
            new LayoutMemory(PREFS).clear();
            // the last session was narrow and ended there: its divider sat at the folded strip
            window(1024, 700);
            MainView wide = window(2560, 1440);
            double atWide = panelWidth(wide);
            new LayoutMemory(PREFS).clear();
            window(1024, 700);
            MainView hd = window(1440, 900);
            return new double[] {atWide, panelWidth(hd), wide.propertiesPanel().isFolded() ? 1 : 0};
        });
        // its preferred 320 px less the divider's share, not the 240 px minimum the strip's divider left it
        double own = 300;
        assertEquals(0, r[2], "open in a wide window");
        assertTrue(r[0] >= own, "2560 px wide: the sheet is " + r[0] + " px, not its own " + own);
        assertTrue(r[1] >= own, "1440 px wide: the sheet is " + r[1] + " px, not its own " + own);
    }

    @Test
    void aSheetTheUserNarrowedStaysSoInAWindowOfTheSameSize() {
        double[] r = fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView first = window(1440, 900);
            javafx.scene.Node up = first.lookup("#properties-panel");
            while (!(up instanceof javafx.scene.control.SplitPane)) {
                up = up.getParent();
            }
            javafx.scene.control.SplitPane middle = (javafx.scene.control.SplitPane) up;
            // dragged as far as it goes
            middle.setDividerPosition(1, 0.99);
            first.layout();
            first.layout();
            double chosen = panelWidth(first);
            MainView next = window(1440, 900);
            return new double[] {chosen, panelWidth(next)};
        });
        assertEquals(PropertiesSheet.MIN_WIDTH, r[0], 2, "narrowed by the user to its minimum");
        assertEquals(r[0], r[1], 2, "and kept so at the next start");
    }

    @Test
    void theViewMenuFoldsAndOpensTheSheetWithCtrlShiftP() {
        Object[] r = fx(() -> {
            new LayoutMemory(PREFS).clear();
            MainView view = window(1440, 900);
            MenuItem item = null;
            for (Menu m : ((MenuBar) view.lookup("#menu-bar")).getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if ("menu-properties-fold".equals(i.getId())) {
                        item = i;
                    }
                }
            }
            assertNotNull(item, "View has the item");
            item.fire();
            boolean folded = view.propertiesPanel().isFolded();
            item.fire();
            boolean open = !view.propertiesPanel().isFolded();
            return new Object[] {item.getAccelerator(), folded, open};
        });
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+P"), r[0]);
        assertTrue((Boolean) r[1], "folded by the item");
        assertTrue((Boolean) r[2], "and opened again");
    }
}
