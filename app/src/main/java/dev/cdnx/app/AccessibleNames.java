package dev.cdnx.app;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;

/**
 * Gives every interactive control and chart a name a screen reader can say, where its panel gave none: the
 * first line of its tooltip, its prompt text, a chart's title, the label just before it in its row, or, as
 * a last resort, its id in words ("sweep-steps" → "sweep steps"). Run on the window once it is built, and
 * on each control as it takes the focus (panels fill themselves later).
 */
public final class AccessibleNames {

    private AccessibleNames() {}

    /** Names what lacks a name under {@code root}, and each control of the scene as it gains the focus. */
    public static void install(Scene scene) {
        complete(scene.getRoot());
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null) {
                name(now);
            }
        });
        // Panels add controls as they fill (a verdict's revert buttons, a busy spinner): look again after a
        // layout pass, at most every two seconds (a walk of the window takes well under a millisecond).
        long[] last = {System.nanoTime()};
        scene.addPostLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (now - last[0] > RECHECK_NANOS) {
                last[0] = now;
                complete(scene.getRoot());
            }
        });
    }

    private static final long RECHECK_NANOS = 2_000_000_000L;

    /** Whether a node is one a screen reader must be able to name: interactive controls and charts. */
    public static boolean mustBeNamed(Node n) {
        return n instanceof ButtonBase
                || n instanceof TextInputControl
                || n instanceof ComboBoxBase
                || n instanceof Slider
                || n instanceof Spinner
                || n instanceof ListView
                || n instanceof TableView
                || n instanceof TreeView
                || n instanceof ProgressIndicator
                || n instanceof Chart;
    }

    /** Names every node under {@code n} that must be named and has no name. */
    public static void complete(Node n) {
        name(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                complete(c);
            }
        }
        if (n instanceof javafx.scene.control.TabPane tp) {
            tp.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    complete(t.getContent());
                }
            });
        } else if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            complete(sp.getContent());
        } else if (n instanceof javafx.scene.control.TitledPane tp && tp.getContent() != null) {
            complete(tp.getContent());
        } else if (n instanceof javafx.scene.control.SplitPane sp) {
            sp.getItems().forEach(AccessibleNames::complete);
        }
    }

    private static void name(Node n) {
        if (!mustBeNamed(n) || hasName(n)) {
            return;
        }
        String name = derived(n);
        if (name != null) {
            n.setAccessibleText(name);
        }
    }

    static boolean hasName(Node n) {
        if (!blank(n.getAccessibleText())) {
            return true;
        }
        if (n instanceof Labeled l && !blank(l.getText())) {
            return true;
        }
        return n instanceof TextInputControl t && !blank(t.getPromptText());
    }

    private static String derived(Node n) {
        if (n instanceof Control c
                && c.getTooltip() != null
                && !blank(c.getTooltip().getText())) {
            return firstLine(c.getTooltip());
        }
        if (n instanceof Chart chart && !blank(chart.getTitle())) {
            return chart.getTitle();
        }
        if (n.getParent() != null) {
            var siblings = n.getParent().getChildrenUnmodifiable();
            int i = siblings.indexOf(n);
            if (i > 0 && siblings.get(i - 1) instanceof Label l && !blank(l.getText())) {
                l.setLabelFor(n);
                return l.getText().replaceAll("[:：]\\s*$", "");
            }
        }
        if (n.getId() != null) {
            return n.getId().replace('-', ' ').toLowerCase(Locale.ROOT);
        }
        return n instanceof ProgressIndicator ? "working" : null;
    }

    private static String firstLine(Tooltip t) {
        String s = t.getText().strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
