package dev.cdnx.app.panels;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * A table whose column headers are never cut short: each column is kept at least as wide as its header's
 * text, and when the columns together are wider than the table it scrolls sideways. A narrow panel (a
 * 1024 × 700 window) would otherwise squeeze "Baseline" to "Bas…".
 */
public class WholeHeaderTable<T> extends TableView<T> {

    /** Room beside the header's text for the header's own padding and a sort arrow. */
    private static final double HEADER_SLACK = 14;

    public WholeHeaderTable() {
        super();
    }

    public WholeHeaderTable(ObservableList<T> items) {
        super(items);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Only ever widens a column's minimum, so a second pass finds nothing to change.
        for (Node n : lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h
                    && h.getTableColumn() instanceof TableColumn<?, ?> c
                    && h.lookup(".label") instanceof Label l
                    && l.getText() != null
                    && !l.getText().isEmpty()) {
                double need = Math.ceil(l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + HEADER_SLACK);
                if (c.getMinWidth() < need) {
                    c.setMinWidth(need);
                }
            }
        }
    }

    /** Lets a chart's title wrap onto a second line in a narrow pane instead of ending in "…". */
    public static void wrapTitle(Chart chart) {
        if (chart.lookup(".chart-title") instanceof Label title) {
            title.setWrapText(true);
            title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
    }
}
