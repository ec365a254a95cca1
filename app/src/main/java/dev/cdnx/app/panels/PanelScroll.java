package dev.cdnx.app.panels;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A bottom panel's content inside its tab: it fills the tab while the tab is at least as tall as the
 * panel needs to show every table header, chart and text whole, and below that height (a 1024 × 700
 * window, a low divider) the panel keeps that height and scrolls as a whole, like an IDE's tool window,
 * instead of squeezing its tables to their headers and its charts to strips.
 */
public final class PanelScroll {

    /** The style class of every bottom panel's scroll pane (tests and screenshots find the panels by it). */
    public static final String STYLE_CLASS = "panel-scroll";

    private PanelScroll() {}

    /**
     * Wraps {@code content} so it never gets less than {@code wholeHeight} pixels: the height at which the
     * panel, at the smallest supported window width, shows its parts whole (measured per panel).
     */
    public static ScrollPane of(Region content, double wholeHeight) {
        // never below the content's own minimum either (a column of fixed rows, a wrapped text)
        StackPane whole = new StackPane(content) {
            @Override
            protected double computeMinHeight(double width) {
                return Math.max(wholeHeight, super.computeMinHeight(width));
            }
        };
        ScrollPane scroll = new ScrollPane(whole);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE, STYLE_CLASS);
        return scroll;
    }
}
