package dev.cdnx.app.panels.cost;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;

/**
 * Names only every n-th category of a horizontal category axis when the axis is too narrow for all the
 * names, n the least that leaves {@link #LABEL_GAP} pixels between neighbouring names. JavaFX thins the
 * names only once they overlap, so the cost panel's eleven head sizes ("100", "300", "1k") touched each
 * other in a 1024-px window. Every category keeps its tick mark and its point; only the names thin out.
 */
final class SparseAxisLabels {

    /** Room left between two names on the axis. */
    static final double LABEL_GAP = 8;

    private SparseAxisLabels() {}

    /** Thins {@code axis}'s names each time it makes its tick marks (a new width, new categories). */
    static void install(CategoryAxis axis) {
        axis.getTickMarks().addListener((ListChangeListener<Axis.TickMark<String>>) c -> thin(axis));
    }

    private static void thin(CategoryAxis axis) {
        int every = every(axis.getCategories(), axis.getWidth(), axis);
        List<Axis.TickMark<String>> marks = axis.getTickMarks();
        for (int i = 0; i < marks.size(); i++) {
            if (i % every != 0) {
                // the axis shows a name only while its tick mark's text is visible, and never turns it back on
                marks.get(i).setTextVisible(false);
            }
        }
    }

    /** The least n for which every n-th name fits with a gap. */
    static int every(List<String> names, double width, CategoryAxis axis) {
        if (names.isEmpty() || width <= 0) {
            return 1;
        }
        Text probe = new Text();
        probe.setFont(axis.getTickLabelFont());
        double widest = 0;
        for (String n : names) {
            probe.setText(n);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        double room = width / names.size();
        return Math.max(1, (int) Math.ceil((widest + LABEL_GAP) / room));
    }
}
