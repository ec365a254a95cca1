package dev.cdnx.app;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * How a window with no saved layout first splits its height between the drawing and the bottom panels: the
 * bottom panels get {@link #BOTTOM_SHARE} of it, or more where the open panel (Metrics, at the start) needs
 * more to show whole, as far as the canvas keeps {@link #CANVAS_MIN}. With a fixed 60 / 40 split the
 * Metrics panel scrolled at 1440 × 900, its second row of charts below the fold (#17).
 */
final class FirstSplit {

    /** The bottom panels' share of the height where that already shows the open panel whole (a large window). */
    static final double BOTTOM_SHARE = 0.4;

    /**
     * The least height the drawing keeps, in pixels: zoom to fit keeps 36 px above the drawing for the run's
     * caption, and 264 px under it still show a world map's inhabited latitudes with a name under each disc
     * (a 1024 × 700 window had 330 px with the fixed split; less than 300 made the map a strip).
     */
    static final double CANVAS_MIN = 300;

    private FirstSplit() {}

    /** The bottom panels' height in a split {@code height} pixels high, where the open panel wants {@code wanted}. */
    static double bottomHeight(double height, double wanted) {
        return Math.max(BOTTOM_SHARE * height, Math.min(wanted, height - CANVAS_MIN));
    }

    /**
     * The height the bottom tabs need at {@code width} to show their open panel whole: the row of tab titles
     * and the height below which the panel would scroll (its {@link dev.cdnx.app.panels.PanelScroll}'s
     * content's least height). 0 when the open tab is no such panel (Problems, Log): any height will do.
     */
    static double wanted(TabPane bottom, double width) {
        Tab open = bottom.getSelectionModel().getSelectedItem();
        Node titles = bottom.lookup(".tab-header-area");
        if (open == null
                || titles == null
                || !(open.getContent() instanceof ScrollPane scroll)
                || !(scroll.getContent() instanceof Region panel)) {
            return 0;
        }
        // Laid out, the tabs' chrome (their titles, borders and padding) is what they have beyond the panel's
        // viewport; before, the titles' row and the borders are the best guess.
        double viewport = scroll.getViewportBounds().getHeight();
        double chrome = bottom.getHeight() > 0 && viewport > 0
                ? bottom.getHeight() - viewport
                : titles.prefHeight(width)
                        + bottom.snappedTopInset()
                        + bottom.snappedBottomInset()
                        + scroll.snappedTopInset()
                        + scroll.snappedBottomInset();
        return chrome + panel.minHeight(width);
    }

    /**
     * Moves {@code split}'s divider, once the split is laid out, so that the bottom tabs get
     * {@link #bottomHeight} of the height the drawing ({@code top}) and they share: the divider moves by
     * the difference, over the split's height. False when the split has no height yet.
     */
    static boolean apply(SplitPane split, Region top, TabPane bottom, double width) {
        split.layout();
        double shared = top.getHeight() + bottom.getHeight();
        double inner = split.getHeight() - split.snappedTopInset() - split.snappedBottomInset();
        if (shared <= 0 || inner <= 0) {
            return false;
        }
        double below = bottomHeight(shared, wanted(bottom, width));
        double at = split.getDividerPositions()[0];
        split.setDividerPosition(0, at + (bottom.getHeight() - below) / inner);
        split.layout();
        return true;
    }
}
