package dev.cdnx.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.editor.CanvasView;
import dev.cdnx.app.editor.NodeView;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every interactive control, chart and node of the main window has something for a screen reader to say: its own
 * accessible text, its text, its prompt, or a label that names it. Controls inside another control's skin
 * (a combo box's button, a table's cells) are the skin's business and are not walked into.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        view = MainWindows.show(stage, "hello-cdn");
    }

    private static boolean isContainer(Node n) {
        return n instanceof ScrollPane
                || n instanceof SplitPane
                || n instanceof TabPane
                || n instanceof TitledPane
                || n instanceof Accordion
                || n instanceof ToolBar
                || n instanceof ButtonBar
                || n instanceof javafx.scene.control.DialogPane;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean named(Node n, List<Label> labels) {
        if (!blank(n.getAccessibleText())) {
            return true;
        }
        if (n instanceof Labeled l && !blank(l.getText())) {
            return true;
        }
        if (n instanceof TextInputControl t && !blank(t.getPromptText())) {
            return true;
        }
        if (n instanceof Chart c && !blank(c.getTitle())) {
            return true;
        }
        return labels.stream().anyMatch(l -> l.getLabelFor() == n && !blank(l.getText()));
    }

    private static void walk(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof MenuBar || n instanceof Separator) {
            return;
        }
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                if (t.getContent() != null) {
                    walk(t.getContent(), out);
                }
            }
            return;
        }
        if (n instanceof ScrollPane sp) {
            if (sp.getContent() != null) {
                walk(sp.getContent(), out);
            }
            return;
        }
        if (n instanceof TitledPane tp) {
            if (tp.getContent() != null) {
                walk(tp.getContent(), out);
            }
            return;
        }
        if (n instanceof SplitPane sp) {
            sp.getItems().forEach(i -> walk(i, out));
            return;
        }
        if (n instanceof Accordion a) {
            a.getPanes().forEach(p -> walk(p, out));
            return;
        }
        if (n instanceof ToolBar tb) {
            tb.getItems().forEach(i -> walk(i, out));
            return;
        }
        if (n instanceof Control && !isContainer(n)) {
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }

    @Test
    void everyControlChartAndNodeHasAnAccessibleName(FxRobot robot) {
        List<Node> all = new ArrayList<>();
        // what the window does after layout passes, once the panels have filled themselves
        robot.interact(() -> {
            AccessibleNames.complete(view);
            walk(view, all);
        });
        List<Label> labels = all.stream()
                .filter(Label.class::isInstance)
                .map(Label.class::cast)
                .toList();
        List<String> unnamed = new ArrayList<>();
        int checked = 0;
        for (Node n : all) {
            // Interactive controls and charts; a label is its own text (an empty status line says nothing
            // until it has something to say).
            boolean mustName = AccessibleNames.mustBeNamed(n) || n instanceof NodeView || n instanceof CanvasView;
            if (!mustName) {
                continue;
            }
            checked++;
            if (!named(n, labels)) {
                unnamed.add(n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
                        + " in "
                        + (n.getParent() == null
                                ? "-"
                                : n.getParent().getClass().getSimpleName()
                                        + (n.getParent().getId() == null
                                                ? ""
                                                : "#" + n.getParent().getId())));
            }
        }
        assertTrue(checked > 50, "the walk reached the window's controls: " + checked);
        assertEquals(List.of(), unnamed, unnamed.size() + " of " + checked + " have nothing to say");
    }

    @Test
    void aNodeSaysItsNameKindAndSize(FxRobot robot) {
        NodeView london = view.canvas().viewOf(view.viewModel().scenario().node("edge-london"));
        String said = london.getAccessibleText();
        assertTrue(said.startsWith("edge-london, edge cache, "), said);
        assertTrue(said.contains("GB") || said.contains("MB") || said.contains("TB"), said);
    }
}
