package dev.cdnx.app.panels.checks;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.checks.CheckOutcome;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Checks panel: each check that fires, with its severity, the measured reason, the suggested fix and
 * the nodes it is about; choosing one publishes those nodes through
 * {@link ChecksViewModel#nodesToSelect()}.
 */
public final class ChecksView extends BorderPane {

    public ChecksView(ChecksViewModel vm) {
        setId("checks-panel");
        getStyleClass().add(PanelStyles.PANEL);
        Label summary = new Label();
        summary.setId("checks-summary");
        summary.getStyleClass().add(PanelStyles.NOTE);
        summary.textProperty().bind(vm.summaryProperty());
        summary.setPadding(new Insets(4, 8, 4, 8));
        ListView<CheckOutcome> list = new ListView<>(vm.fired());
        list.setId("checks-list");
        list.setPlaceholder(new Label("No check fires for this scenario."));
        list.setCellFactory(l -> new CheckCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.choose(b));
        setTop(summary);
        setCenter(list);
    }

    /** One fired check: icon and title, reason, fix, nodes. */
    private static final class CheckCell extends ListCell<CheckOutcome> {
        CheckCell() {
            getStyleClass().add(PanelStyles.CHECK_CELL);
        }

        @Override
        protected void updateItem(CheckOutcome c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll(PanelStyles.WARNING, PanelStyles.ADVICE);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean warning = c.severity() == CheckOutcome.Severity.WARNING;
            getStyleClass().add(warning ? PanelStyles.WARNING : PanelStyles.ADVICE);
            FontIcon icon = new FontIcon(warning ? "mdi2a-alert" : "mdi2l-lightbulb-on-outline");
            icon.getStyleClass().add("cdn-check-icon");
            Label title = new Label((warning ? "Warning: " : "Advice: ") + c.title());
            title.getStyleClass().add(PanelStyles.TITLE);
            Label reason = new Label(c.message());
            reason.setWrapText(true);
            Label fix = new Label("Fix: " + c.fix());
            fix.setWrapText(true);
            fix.getStyleClass().add(PanelStyles.REASON);
            // Wrapped lines need their height: without this a long fix is cut to one line ending in "...".
            reason.setMinHeight(Region.USE_PREF_SIZE);
            fix.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, reason, fix);
            if (!c.nodes().isEmpty()) {
                Label nodes = new Label("Nodes: " + String.join(", ", c.nodes()) + "  (click to select them)");
                nodes.getStyleClass().add(PanelStyles.NOTE);
                text.getChildren().add(nodes);
            }
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
            HBox row = new HBox(8, icon, text);
            setGraphic(row);
            setText(null);
            setId("check-" + c.id());
        }
    }
}
