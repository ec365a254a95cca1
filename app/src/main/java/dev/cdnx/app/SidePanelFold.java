package dev.cdnx.app;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right-hand side panel (the property sheet) that folds to a strip of one icon, so a narrow window
 * leaves its width to the canvas (#17 item 1). It folds when the user asks (the button at its top, View ›
 * Properties as Icons, Ctrl+Shift+P; remembered per user) and when the window is narrower than
 * {@link #NARROW}. In a narrow window the icon still opens the sheet, until the window is wide again.
 */
final class SidePanelFold extends BorderPane {

    /** Below this window width the property sheet folds to its icon. */
    static final double NARROW = 1100;
    /** Width of the folded strip. */
    static final double STRIP_WIDTH = 40;

    private final Node content;
    private final double openWidth;
    /** The user's choice, remembered between sessions. */
    private final BooleanProperty userFolded = new SimpleBooleanProperty(this, "userFolded", false);
    /** The user opened the sheet although the window is narrow; forgotten when the window is wide again. */
    private final BooleanProperty openedWhileNarrow = new SimpleBooleanProperty(this, "openedWhileNarrow", false);
    // Kept in fields: a binding nobody references is collected, after which the fold stops following the window.
    private BooleanBinding narrow;
    private BooleanBinding folded;
    private final VBox strip = new VBox(6);
    private final HBox header = new HBox();

    /**
     * @param content the panel's content (its preferred width is the open width)
     * @param windowWidth the width of the window the panel lives in
     */
    SidePanelFold(Node content, double openWidth, ReadOnlyDoubleProperty windowWidth) {
        this.content = content;
        this.openWidth = openWidth;
        setId("properties-panel");
        Button fold = iconButton("mdi2c-chevron-double-right", "Fold the properties to an icon (Ctrl+Shift+P)");
        fold.setId("properties-fold");
        fold.setOnAction(e -> toggle());
        header.getChildren().add(fold);
        header.setAlignment(Pos.CENTER_RIGHT);
        header.setPadding(new Insets(2, 2, 0, 2));
        Button open = iconButton("mdi2t-tune-variant", "Properties of the selection (Ctrl+Shift+P opens them)");
        open.setId("properties-unfold");
        open.setOnAction(e -> toggle());
        strip.getChildren().add(open);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(6, 0, 0, 0));
        narrow = windowWidth.lessThan(NARROW).and(windowWidth.greaterThan(0));
        folded = userFolded.or(narrow.and(openedWhileNarrow.not()));
        narrow.addListener((o, was, now) -> {
            if (!now) {
                openedWhileNarrow.set(false);
            }
        });
        folded.addListener((o, was, now) -> show(now));
        show(folded.get());
    }

    private static Button iconButton(String icon, String help) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(help));
        b.setAccessibleText(help);
        b.setFocusTraversable(false);
        return b;
    }

    /** The button, the menu item and the shortcut: folds an open panel, opens a folded one. */
    void toggle() {
        if (folded.get()) {
            userFolded.set(false);
            openedWhileNarrow.set(narrow.get());
        } else if (narrow.get() && openedWhileNarrow.get()) {
            openedWhileNarrow.set(false);
        } else {
            userFolded.set(true);
        }
    }

    /** Whether the panel shows only its icon. */
    boolean isFolded() {
        return folded.get();
    }

    /** The user's own choice (saved by {@link LayoutMemory}). */
    BooleanProperty userFoldedProperty() {
        return userFolded;
    }

    /** Whether the panel shows only its icon, to follow (e.g. by the split pane's divider). */
    BooleanBinding foldedProperty() {
        return folded;
    }

    private void show(boolean iconOnly) {
        if (iconOnly) {
            setTop(null);
            setCenter(strip);
        } else {
            setTop(header);
            setCenter(content);
        }
        double w = iconOnly ? STRIP_WIDTH : openWidth;
        double floor = content instanceof javafx.scene.layout.Region r && r.getMinWidth() > 0 ? r.getMinWidth() : 240;
        setMinWidth(iconOnly ? STRIP_WIDTH : Math.min(floor, openWidth));
        setPrefWidth(w);
        setMaxWidth(iconOnly ? STRIP_WIDTH : Double.MAX_VALUE);
    }

    /**
     * Keeps the divider before the panel ({@code divider} of {@code pane}) at the panel's width when it
     * folds or opens and when the pane changes width while folded. {@code savedPaneWidth} is the pane's
     * width when the remembered divider was saved (NaN when none was): see {@link #openWidthOnce}.
     */
    void followWith(SplitPane pane, int divider, double savedPaneWidth) {
        openWidthOnce(pane, divider, savedPaneWidth);
        Runnable place = () -> {
            double w = pane.getWidth();
            if (w > 0) {
                pane.setDividerPosition(divider, 1 - (isFolded() ? STRIP_WIDTH : openWidth) / w);
            }
        };
        folded.addListener((o, was, now) -> place.run());
        pane.widthProperty().addListener((o, was, now) -> {
            if (isFolded()) {
                place.run();
            }
        });
        place.run();
    }

    /** A window this much wider than the saved one no longer trusts the saved share of the sheet. */
    static final double MUCH_WIDER = 1.25;

    /**
     * When the pane first has a width and the panel is open, gives the panel its own width if the
     * remembered divider would leave it less: the divider was saved at the folded strip (a share below the
     * panel's minimum) or in a much narrower window. A sheet the user narrowed in a window of about the same
     * size stays as they left it.
     */
    private void openWidthOnce(SplitPane pane, int divider, double savedPaneWidth) {
        // the remembered divider, before the first layout clamps it to the panel's minimum
        double restored = pane.getDividerPositions()[divider];
        widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                double w = pane.getWidth();
                if (w <= 0 || now.doubleValue() <= 0 || isFolded()) {
                    return;
                }
                widthProperty().removeListener(this);
                double share = (1 - restored) * w;
                boolean muchWider = !(savedPaneWidth > 0) || w > MUCH_WIDER * savedPaneWidth;
                if (share < openWidth && (muchWider || share < getMinWidth())) {
                    pane.setDividerPosition(divider, 1 - openWidth / w);
                }
            }
        });
    }
}
