package dev.cdnx.app;

import dev.cdnx.app.theme.Styles;
import dev.cdnx.app.theme.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard and mouse cheat sheet (F1 or ?). */
final class ShortcutsSheet {

    private static final String[][] ROWS = {
        {"Ctrl+N / Ctrl+O / Ctrl+S", "New, open, save (Ctrl+Shift+S: save as)"},
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
        {"Ctrl+X / Ctrl+C / Ctrl+V", "Cut, copy, paste nodes (with the links among them)"},
        {"Ctrl+D", "Duplicate the selection"},
        {"Delete", "Delete the selected nodes or link"},
        {"Ctrl+A", "Select all"},
        {"Click, Shift+click", "Select, add to / remove from the selection"},
        {"Drag on empty map", "Rubber-band selection (Shift adds)"},
        {"Drag a node", "Move the selection (one undo step)"},
        {"Drag a node's port, Alt+drag", "Link it to an upstream node; refused targets fade"},
        {"Wheel, + / −", "Zoom around the cursor / the centre"},
        {"Ctrl+0 / Ctrl+1", "Zoom to fit / actual size"},
        {"Space+drag, middle drag", "Pan"},
        {"Ctrl+G", "Snap to grid on/off"},
        {"Ctrl+L / Ctrl+M", "Auto-layout by tier / put nodes back on the map"},
        {"Right-click", "Context menu of a node, a link or the map"},
        {"Ctrl+. / Ctrl+Shift+.", "Step the run by one request / one event"},
        {"Ctrl+E / Ctrl+R", "Run to the end / reset the run to t = 0"},
        {"Ctrl+[ / Ctrl+]", "Jump the run back / ahead 10 s"},
        {"Ctrl+Shift+[ / Ctrl+Shift+]", "Go to the run's previous / next event"},
        {"Click or drag the run's progress bar", "Jump to that time (going back replays from 0)"},
        {"Ctrl+F / Ctrl+Shift+F", "Find a node by name / follow the next request hop by hop"},
        {"Tab, arrows, U E S O D, L, N R F2", "Keyboard drawing: focus, move, add and link, notes (user guide)"},
        {"Ctrl+Shift+P / Ctrl+Shift+B", "Fold the properties / the palette to icons (and open them again)"},
        {"Ctrl+Shift+M, double click on a bottom tab", "Maximise the bottom panel over the map, and restore it"},
        {"Ctrl+Shift+L / F1, ?", "Lessons / this sheet"},
    };

    /** The most the table takes on screen before it scrolls (fits a 700-pixel-high window with the dialog). */
    private static final double MAX_HEIGHT = 480;

    private ShortcutsSheet() {}

    static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        Theme.install(a);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard and mouse");
        a.getDialogPane().setContent(content());
        a.setResizable(true);
        a.initOwner(owner);
        a.show();
    }

    /**
     * The table in a scroll pane no taller than {@link #MAX_HEIGHT}: the list outgrew a short screen, and
     * a dialog taller than the screen hides its last rows and its OK button.
     */
    static ScrollPane content() {
        ScrollPane scroll = new ScrollPane(table());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(MAX_HEIGHT);
        scroll.setPrefViewportWidth(560);
        return scroll;
    }

    /**
     * The table: keys never shrink, and a description wraps onto a second line rather than ending in
     * "…" when the dialog is narrow.
     */
    static GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.SHORTCUTS);
        grid.setId("shortcuts-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < ROWS.length; i++) {
            Label k = new Label(ROWS[i][0]);
            k.getStyleClass().add(Styles.SHORTCUT_KEY);
            k.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(k, 0, i);
            Label what = new Label(ROWS[i][1]);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(what, 1, i);
        }
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setHgrow(Priority.ALWAYS);
        descriptions.setMinWidth(120);
        grid.getColumnConstraints().setAll(keys, descriptions);
        return grid;
    }
}
