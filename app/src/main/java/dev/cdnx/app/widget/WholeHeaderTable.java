package dev.cdnx.app.widget;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * A table whose column headers and shown cells are never cut short: each column is kept at least as wide
 * as its header's text and its widest shown cell, and when the columns together are wider than the table it scrolls sideways. A narrow panel (a
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
        // Only ever widens a column's minimum, so a second pass finds nothing to change. The cells shown
        // count too: an amount cut to "$245..." is as unreadable as a cut header.
        for (Node n : lookupAll(".table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell
                    && cell.isVisible()
                    && cell.getTableColumn() != null
                    && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                // (a cell's own preferred width is its column's width, so measure its text)
                javafx.scene.text.Text text = new javafx.scene.text.Text(cell.getText());
                text.setFont(cell.getFont());
                double need = Math.ceil(text.getLayoutBounds().getWidth()
                        + cell.snappedLeftInset()
                        + cell.snappedRightInset()
                        + (cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap())
                        + 36); // the skin's label padding and the column's border
                if (cell.getTableColumn().getMinWidth() < need) {
                    cell.getTableColumn().setMinWidth(need);
                }
            }
        }
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
