package dev.cdnx.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;

/**
 * Finds the parts of a bottom panel that its height squeezes out of use: a table that cannot show its whole
 * header and one row under it, or a list, chart or inner scroll area lower than {@link #MIN_VIEW} pixels
 * (a strip through which nothing can be read).
 */
final class ThinViews {

    /** Below this height a list, chart or scroll area shows too little to read. */
    static final double MIN_VIEW = 90;

    private ThinViews() {}

    /** The squeezed parts shown inside {@code panel} (the panel itself may be a scroll area of any height). */
    static List<String> in(Parent panel) {
        List<String> out = new ArrayList<>();
        for (Node c : panel.getChildrenUnmodifiable()) {
            collect(c, out);
        }
        return out;
    }

    private static void collect(Node n, List<String> out) {
        // (a combo box's list lives in its popup, laid out only while the popup is open)
        if (!n.isVisible() || n instanceof javafx.scene.control.ComboBoxBase<?>) {
            return;
        }
        double h = n.getLayoutBounds().getHeight();
        if (n instanceof TableView<?> t) {
            Node header = t.lookup(".column-header-background");
            Node row = t.lookup(".table-row-cell");
            double need = (header == null ? 0 : header.getLayoutBounds().getHeight())
                    + (row == null ? 24 : row.getLayoutBounds().getHeight())
                    + t.snappedTopInset()
                    + t.snappedBottomInset();
            if (h + 0.5 < need) {
                out.add(name(n) + " is " + Math.round(h) + " px high, its header and a row need " + Math.round(need));
            }
            return;
        }
        if ((n instanceof ListView<?>
                        || n instanceof TreeView<?>
                        || n instanceof Chart
                        || n instanceof dev.cdnx.app.run.chart.TimeChart
                        || n instanceof ScrollPane)
                && h + 0.5 < MIN_VIEW) {
            out.add(name(n) + " is a strip of " + Math.round(h) + " px");
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static String name(Node n) {
        return (n.getId() == null ? n.getClass().getSimpleName() : "#" + n.getId());
    }
}
