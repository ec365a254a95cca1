package dev.cdnx.app.editor;

import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The node kinds to drag onto the canvas (a full press-drag-release gesture the canvas receives), or
 * to double-click to place one in the middle of the view. Ids: {@code palette-users}, … .
 */
public final class PaletteView extends VBox {

    /** Width of the palette folded to its icons. */
    public static final double COMPACT_WIDTH = 52;

    private static final double FULL_WIDTH = 165;
    private final List<javafx.scene.Node> wordy = new ArrayList<>();
    private final List<Label> items = new ArrayList<>();

    public PaletteView(EditorViewModel vm, CanvasView canvas) {
        getStyleClass().add(Styles.PALETTE);
        setId("palette");
        setPrefWidth(FULL_WIDTH);
        setMinWidth(FULL_WIDTH);
        Label title = new Label("Palette");
        title.getStyleClass().add(Styles.PALETTE_TITLE);
        getChildren().add(title);
        wordy.add(title);
        item(
                vm,
                canvas,
                NodeKind.USERS,
                "Users",
                "A client population in a region: where requests come from (rate, time profile).");
        item(
                vm,
                canvas,
                NodeKind.EDGE,
                "Edge",
                "A point of presence near users: caches responses and serves them (capacity, eviction).");
        item(
                vm,
                canvas,
                NodeKind.SHIELD,
                "Shield",
                "A regional mid-tier cache in front of the origin: edges fetch their misses here.");
        item(
                vm,
                canvas,
                NodeKind.ORIGIN,
                "Origin",
                "The source of truth: serves what no cache has, within its capacity and connections.");
        item(
                vm,
                canvas,
                NodeKind.STEERING,
                "DNS steering",
                "Splits users between CDN providers by weight; answers are kept for the DNS TTL.");
        Label hint = new Label("Drag onto the map to place. Drag from a node's port (the dot on its right, "
                + "or Alt+drag) to another node to link it upstream.");
        hint.getStyleClass().add(Styles.PALETTE_HINT);
        hint.setMaxWidth(140);
        getChildren().add(hint);
        wordy.add(hint);
    }

    /**
     * Folds the palette to a column of icons (a small window, where the canvas needs the width) or opens it
     * again; each icon keeps its tooltip, so the kind is still named on hover.
     */
    public void setCompact(boolean compact) {
        for (javafx.scene.Node n : wordy) {
            n.setVisible(!compact);
            n.setManaged(!compact);
        }
        for (Label l : items) {
            l.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        double w = compact ? COMPACT_WIDTH : FULL_WIDTH;
        setMinWidth(w);
        setPrefWidth(w);
        setMaxWidth(compact ? w : Double.MAX_VALUE);
    }

    public boolean isCompact() {
        return getMaxWidth() == COMPACT_WIDTH;
    }

    private void item(EditorViewModel vm, CanvasView canvas, NodeKind kind, String text, String help) {
        Label l = new Label(text, new FontIcon(NodeView.iconOf(kind)));
        l.getStyleClass().addAll(Styles.PALETTE_ITEM, kind.id());
        l.setId("palette-" + kind.id());
        l.setUserData(kind);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTooltip(new Tooltip(text + ": " + help));
        l.setCursor(Cursor.OPEN_HAND);
        l.setOnDragDetected(e -> {
            l.startFullDrag();
            e.consume();
        });
        l.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                Point2D c = canvas.centreInWorld();
                vm.addNode(kind, c.getX(), c.getY());
            }
        });
        getChildren().add(l);
        items.add(l);
    }
}
