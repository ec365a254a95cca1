package dev.cdnx.app.run.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a chart's title and legend go above its plot. The title sits at the top left and the legend's
 * entries at the top right, in series order; when they would meet (a long title such as "Errors, stale
 * (/s)" with four series in a third of a 1024 px window) the legend moves to rows of its own under the
 * title, right-aligned, and the plot starts lower. Pure arithmetic on measured text widths.
 *
 * @param title the title's box
 * @param legend one box per legend entry, in series order
 * @param plotTop the y where the plot may start
 */
public record ChartHeader(Rectangle2D title, List<Rectangle2D> legend, double plotTop) {

    /** Height of one row of header text (11 px type). */
    static final double ROW = 14;
    /** Space between two legend entries, and between the title and the legend on one row. */
    static final double GAP = 8;

    /**
     * Places the title and the legend's entries, the legend on rows of its own when the first row is too short.
     *
     * @param left the x where the title starts
     * @param right the x where the legend ends
     * @param top the y of the first row
     * @param titleWidth the measured width of the title
     * @param entryWidths the measured widths of the legend entries, in series order
     */
    static ChartHeader place(double left, double right, double top, double titleWidth, double[] entryWidths) {
        Rectangle2D title = new Rectangle2D(left, top, titleWidth, ROW);
        double total = 0;
        for (double w : entryWidths) {
            total += w;
        }
        total += GAP * Math.max(0, entryWidths.length - 1);
        List<Rectangle2D> boxes = new ArrayList<>();
        if (entryWidths.length == 0) {
            return new ChartHeader(title, boxes, top + ROW + 4);
        }
        if (left + titleWidth + 2 * GAP + total <= right) {
            layRow(boxes, entryWidths, 0, entryWidths.length, right, top);
            return new ChartHeader(title, boxes, top + ROW + 4);
        }
        // Rows under the title, each filled from the first entry on while it fits, right-aligned.
        double y = top + ROW;
        int from = 0;
        while (from < entryWidths.length) {
            int to = from + 1;
            double width = entryWidths[from];
            while (to < entryWidths.length && width + GAP + entryWidths[to] <= right - left) {
                width += GAP + entryWidths[to];
                to++;
            }
            layRow(boxes, entryWidths, from, to, right, y);
            from = to;
            y += ROW;
        }
        return new ChartHeader(title, boxes, y + 4);
    }

    /** Lays entries {@code from} to {@code to} (exclusive) on one row ending at {@code right}. */
    private static void layRow(List<Rectangle2D> boxes, double[] widths, int from, int to, double right, double y) {
        double x = right;
        List<Rectangle2D> row = new ArrayList<>();
        for (int i = to - 1; i >= from; i--) {
            x -= widths[i];
            row.add(0, new Rectangle2D(x, y, widths[i], ROW));
            x -= GAP;
        }
        boxes.addAll(row);
    }
}
