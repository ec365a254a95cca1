package dev.cdnx.app.editor;

import dev.cdnx.app.theme.Styles;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems of the last validation; double-click one about a node to select that node. */
public final class ProblemsView extends ListView<Problem> {

    public ProblemsView(EditorViewModel vm, CanvasView canvas) {
        super(vm.problems());
        setId("problems");
        setPlaceholder(new javafx.scene.control.Label("No problems: the scenario is ready to run."));
        setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll(Styles.PROBLEM_CELL, "error", "warning");
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                getStyleClass().addAll(Styles.PROBLEM_CELL, p.isError() ? "error" : "warning");
                setGraphic(new FontIcon(p.isError() ? "mdi2a-alert-circle" : "mdi2a-alert"));
                String where = p.nodeName() != null
                        ? p.nodeName() + ": "
                        : p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ";
                setText(where + p.message() + (p.fix() == null ? "" : "  —  Fix: " + p.fix()));
                setTooltip(new Tooltip(p.format()));
            }
        });
        setOnMouseClicked(e -> {
            Problem p = getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null && p.nodeName() != null) {
                NodeSpec n = vm.scenario().node(p.nodeName());
                if (n != null) {
                    vm.selection().set(List.of(n));
                    javafx.geometry.Point2D s = vm.viewport().toScreen(n.x, n.y);
                    vm.viewport().panBy(canvas.getWidth() / 2 - s.getX(), canvas.getHeight() / 2 - s.getY());
                }
            }
        });
    }
}
