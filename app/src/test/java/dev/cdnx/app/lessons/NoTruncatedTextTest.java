package dev.cdnx.app.lessons;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.app.theme.PaletteScenes;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long texts wrap instead of ending in "…" (#17 item 2): laid out in a small bottom panel, every interview
 * card's question and answer shows whole (the card scrolls).
 */
public class NoTruncatedTextTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    /**
     * Labels that do not show their whole text: drawn clipped with an ellipsis, or reaching past the
     * window's edge outside any scroll pane (so no one can bring the rest into view).
     */
    public static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Labeled l
                    && l.isVisible()
                    && l.getText() != null
                    && !l.getText().isEmpty()
                    && !insideScrollPane(l)) {
                var b = l.localToScene(l.getLayoutBounds());
                if (b.getMaxY() > root.getScene().getHeight() + 0.5
                        || b.getMaxX() > root.getScene().getWidth() + 0.5) {
                    out.add(l.getText() + " → past the window's edge at " + Math.round(b.getMaxX()) + ","
                            + Math.round(b.getMaxY()));
                }
            }
        }
        for (Node n : root.lookupAll(".label")) {
            // Squeezed below the size its text needs: the skin draws it clipped with an ellipsis.
            if (n instanceof Labeled l
                    && l.isVisible()
                    && l.getText() != null
                    && !l.getText().isEmpty()
                    && (l.getHeight() + 0.5 < l.prefHeight(l.getWidth())
                            || (!l.isWrapText() && l.getWidth() + 0.5 < l.prefWidth(-1)))) {
                out.add(l.getText() + " → squeezed to " + Math.round(l.getWidth()) + "×" + Math.round(l.getHeight()));
            }
        }
        return out;
    }

    private static boolean insideScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyCardShowsItsWholeQuestionAndAnswerInASmallPanel() {
        List<String> cut = fx(() -> {
            EngineLessonHost host = new EngineLessonHost();
            LessonsViewModel lessons = new LessonsViewModel(host, name -> {});
            InterviewCardsViewModel vm = new InterviewCardsViewModel(lessons);
            InterviewCardsView view = new InterviewCardsView(vm);
            StackPane root = new StackPane(view);
            // In a scene with the theme's sheet (the palette the lessons' sheet looks up), as in the app.
            var unused = PaletteScenes.of(root, 420, 150);
            root.getStylesheets().add(LessonStyles.STYLESHEET);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < vm.cards().size(); i++) {
                vm.show(i);
                vm.reveal();
                root.applyCss();
                root.resize(420, 150);
                root.layout();
                found.addAll(truncated(root));
            }
            host.dispose();
            return found;
        });
        assertEquals(List.of(), cut);
    }
}
