package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.NodeView;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The main window at its smallest supported size, 1024 × 700 (#17 item 1): zoom to fit shows every node
 * whole, name included, and the canvas's legend and minimap fold away rather than cover the drawing.
 */
@Tag("window")
class SmallWindowFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
        System.setProperty("cdnx.prefs", "dev/cdnx/app-test-small");
    }

    /** Runs on the FX thread and waits for it; building a whole main window takes long on a loaded machine. */
    static <T> T fxWait(java.util.function.Supplier<T> work) {
        java.util.concurrent.CompletableFuture<T> done = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static MainView window(int w, int h) {
        new LayoutMemory("dev/cdnx/app-test-small").clear();
        MainView view = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
        view.files().openSample("hello-cdn");
        Scene scene = new Scene(view, w, h);
        Theme.install(scene);
        view.applyCss();
        view.resize(w, h);
        view.layout();
        view.canvas().zoomToFit();
        view.layout();
        view.canvas().layout();
        return view;
    }

    @Test
    void zoomToFitShowsEveryNodeWholeWithItsName() {
        MainView view = fxWait(() -> window(1024, 700));
        // the names are placed (below, above, left or right of their discs) once the view has settled; this
        // scene has no window, so the test lays it out while it waits
        long passes = fxWait(() -> view.canvas().workCounts().placementPasses());
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(
                    120,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> fxWait(() -> {
                        view.layout();
                        return view.canvas().workCounts().placementPasses() > passes;
                    }));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the names were never placed", e);
        }
        List<String> cut = fxWait(() -> {
            Bounds canvas = view.canvas().getLayoutBounds();
            List<String> out = new ArrayList<>();
            for (NodeView v : view.canvas().nodeViews()) {
                // (a name the placer left out for want of room is not drawn; a drawn one must be whole)
                Bounds b = view.canvas().sceneToLocal(v.localToScene(v.getBoundsInLocal()));
                if (!canvas.contains(b)) {
                    out.add(v.node().name + " at " + b + " outside " + canvas);
                }
            }
            return out;
        });
        assertEquals(List.of(), cut);
    }

    @Test
    void noTextIsCutShortAt1024By700() {
        List<String> cut = fxWait(() -> ellipses(window(1024, 700)));
        assertEquals(List.of(), cut);
    }

    @Test
    void theLegendAndMinimapFoldAwayOnASmallCanvasAndAtTheUsersWord() {
        boolean[] shown = fxWait(() -> {
            MainView small = window(1024, 700);
            MainView large = window(1440, 900);
            boolean[] r = {
                small.lookup("#minimap").isVisible(),
                small.lookup("#run-legend").isVisible(),
                large.lookup("#minimap").isVisible(),
                large.lookup("#run-legend").isVisible(),
                false,
                false
            };
            large.canvas().minimapWantedProperty().set(false);
            r[4] = large.lookup("#minimap").isVisible();
            // remembered: the next window starts with the minimap off
            MainView next = new MainView(new dev.cdnx.model.scenario.Scenario(), true, () -> {});
            r[5] = next.canvas().minimapWantedProperty().get();
            next.canvas().minimapWantedProperty().set(true);
            return r;
        });
        assertTrue(!shown[0] && !shown[1], "folded at 1024x700");
        assertTrue(shown[2] && shown[3], "shown at 1440x900");
        assertTrue(!shown[4], "switched off by the user");
        assertTrue(!shown[5], "and remembered for the next window");
    }

    /**
     * Every shown Labeled whose text is drawn shortened (with an ellipsis) instead of whole, unless its
     * tooltip holds the whole text (a fixed-size box may shorten a text the pointer can bring back).
     */
    static List<String> ellipses(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static boolean tooltipHolds(Labeled l) {
        return l.getTooltip() != null
                && l.getTooltip().getText() != null
                && l.getTooltip().getText().contains(l.getText());
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node t : l.lookupAll(".text")) {
                if ((t instanceof Text text
                                && text.getParent() != null
                                && text.getParent().getParent() == l)
                        || (t instanceof Text text2 && text2.getParent() == l)) {
                    String shown = ((Text) t).getText();
                    if (!shown.equals(l.getText())
                            && (shown.endsWith("…") || shown.endsWith("..."))
                            && !tooltipHolds(l)) {
                        out.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " \""
                                + l.getText() + "\" shown as \"" + shown + "\"");
                    }
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
