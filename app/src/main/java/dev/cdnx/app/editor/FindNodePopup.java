package dev.cdnx.app.editor;

import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * Ctrl+F: a search field over the top of the canvas with suggestions that follow each key typed. Up and
 * Down walk the suggestions, Enter (or a click) takes one: Find selects the node and frames it; the same
 * popup, asked for a link target, links the focused node to it. Escape closes.
 */
public final class FindNodePopup {

    /** Suggestions shown at most. */
    static final int SUGGESTIONS = 8;

    private final CanvasView canvas;
    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<NodeSpec> list = new ListView<>();
    private final Label hint = new Label();
    private Consumer<NodeSpec> onChoose = n -> {};
    private boolean swallowTyped;

    public FindNodePopup(CanvasView canvas) {
        this.canvas = canvas;
        field.setId("find-field");
        list.setId("find-suggestions");
        list.setPrefHeight(SUGGESTIONS * 26 + 4);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NodeSpec n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.name + "  ·  " + (n.kind == null ? "?" : n.kind.label()));
                setAccessibleText(
                        empty || n == null
                                ? null
                                : canvas.viewModel().descriptions().describe(n));
            }
        });
        list.setOnMouseClicked(e -> choose(list.getSelectionModel().getSelectedItem()));
        field.textProperty().addListener((o, was, now) -> refresh());
        // Opened by a letter key (L), the popup takes the focus before that key's typed character arrives:
        // drop it, or the search would start with "l".
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> swallowTyped = false);
        field.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().select(Math.min(i + 1, list.getItems().size() - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().select(Math.max(i - 1, 0));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                choose(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        hint.getStyleClass().add("cdn-find-hint");
        // The hint is longer than the box is wide: wrap it onto a second line rather than cut it.
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(4, hint, field, list);
        box.setId("find-popup");
        box.getStyleClass().add("cdn-find-popup");
        box.setPrefWidth(320);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        // the popup is a window of its own: it needs the app's sheet and the dark class like the main scene
        dev.cdnx.app.theme.Theme.install(popup.getScene());
    }

    /** Opens the popup to find a node and frame it. */
    public void showFind() {
        show("Find a node by name", n -> {
            canvas.viewModel().selection().set(List.of(n));
            centreWithViewport(canvas, n);
            canvas.viewModel().info("Found " + n.name);
        });
    }

    /** Opens the popup to choose a node by name, then runs {@code then} with it. */
    public void show(String title, Consumer<NodeSpec> then) {
        onChoose = then;
        hint.setText(title + " (type to filter, Up/Down, Enter)");
        field.setAccessibleText(title);
        field.clear();
        refresh();
        Bounds b = canvas.localToScreen(canvas.getLayoutBounds());
        if (b != null) {
            popup.show(canvas, b.getMinX() + Math.max(0, (b.getWidth() - 320) / 2), b.getMinY() + 12);
        }
        field.requestFocus();
    }

    /** As {@link #show(String, Consumer)}, opened by a letter key whose typed character must not be searched. */
    public void showFromLetterKey(String title, Consumer<NodeSpec> then) {
        show(title, then);
        swallowTyped = true;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The popup's box (hint, field, suggestions), for tests that lay it out on their own. */
    public javafx.scene.layout.Region content() {
        return (javafx.scene.layout.Region) popup.getContent().get(0);
    }

    public TextField field() {
        return field;
    }

    public List<NodeSpec> suggestions() {
        return List.copyOf(list.getItems());
    }

    private void refresh() {
        list.getItems()
                .setAll(NodeFinder.matches(canvas.viewModel().scenario().topology.nodes, field.getText(), SUGGESTIONS));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private void choose(NodeSpec n) {
        if (n == null) {
            return;
        }
        popup.hide();
        onChoose.accept(n);
        canvas.requestFocus();
    }

    /**
     * Centres the view on a node, zooming in to 100 % when zoomed out further, at once. Unlike the camera's
     * animated moves (editor/Camera), Find lands before the next keystroke: the user named this node.
     */
    static void centreWithViewport(CanvasView canvas, NodeSpec n) {
        Viewport vp = canvas.viewModel().viewport();
        if (vp.scale() < 1) {
            vp.zoomAt(1 / vp.scale(), canvas.getWidth() / 2, canvas.getHeight() / 2);
        }
        Point2D at = vp.toScreen(n.x, n.y);
        vp.panBy(canvas.getWidth() / 2 - at.getX(), canvas.getHeight() / 2 - at.getY());
    }
}
