package dev.cdnx.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Maximises the bottom panels over the canvas and restores them, as an IDE does with a tool window: a
 * double click on a bottom tab's title, View › Maximise the Bottom Panel or Ctrl+Shift+M. Maximised, the
 * divider goes to the top of the split and the drawing folds away; restored, the divider goes back where it
 * was.
 */
final class BottomPanelMaximise {

    /** The divider's place when maximised: the drawing folds away entirely until restored. */
    static final double TOP = 0;

    private final SplitPane split;
    private final Region drawing;
    private final ReadOnlyBooleanWrapper maximised = new ReadOnlyBooleanWrapper(this, "maximised", false);
    /** Where the divider was before maximising. */
    private double restoreTo = Double.NaN;

    /** {@code split} is the vertical split of {@code drawing} over {@code bottom}, the bottom tabs. */
    BottomPanelMaximise(SplitPane split, Region drawing, TabPane bottom) {
        this.split = split;
        this.drawing = drawing;
        bottom.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && onTabTitle(e.getPickResult().getIntersectedNode(), bottom)) {
                toggle();
                e.consume();
            }
        });
    }

    /** Whether {@code n} is in the bottom tabs' own row of titles (not in a panel's inner tabs). */
    private static boolean onTabTitle(Node n, TabPane bottom) {
        for (Node p = n; p != null && p != bottom; p = p.getParent()) {
            if (p.getParent() == bottom && p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    /** Maximises the bottom panels, or restores them when they are maximised. */
    void toggle() {
        if (maximised.get()) {
            double back = restoreTo;
            maximised.set(false);
            restoreTo = Double.NaN;
            drawing.setMinHeight(Region.USE_COMPUTED_SIZE);
            split.setDividerPosition(0, back);
        } else {
            restoreTo = split.getDividerPositions()[0];
            maximised.set(true);
            // the palette's height would otherwise hold the divider half-way up a small window
            drawing.setMinHeight(0);
            split.setDividerPosition(0, TOP);
        }
    }

    ReadOnlyBooleanProperty maximisedProperty() {
        return maximised.getReadOnlyProperty();
    }
}
