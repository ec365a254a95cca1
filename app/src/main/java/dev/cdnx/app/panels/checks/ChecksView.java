package dev.cdnx.app.panels.checks;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.checks.CheckOutcome;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Checks panel: every check grouped by its verdict. Failed and warned ones come first, with the
 * measured reason, the suggested fix (a button when the check can apply it as an undoable edit) and the
 * nodes it is about; choosing one publishes those nodes through {@link ChecksViewModel#nodesToSelect()}.
 * Skipped ones say what they lacked; passed ones are listed collapsed.
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
        list.setPlaceholder(new Label("No check fails or warns for this scenario."));
        list.setCellFactory(l -> new CheckCell(vm));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.choose(b));
        TitledPane firing = new TitledPane("Failed and warned", list);
        firing.setId("checks-group-fired");
        VBox skipped = new VBox(2);
        TitledPane skippedPane = new TitledPane("Skipped", skipped);
        skippedPane.setId("checks-group-skipped");
        VBox passed = new VBox(2);
        TitledPane passedPane = new TitledPane("Passed", passed);
        passedPane.setId("checks-group-passed");
        passedPane.setExpanded(false);
        Runnable fill = () -> {
            fillGroup(skipped, vm.withVerdict(CheckOutcome.Verdict.SKIPPED), true);
            fillGroup(passed, vm.withVerdict(CheckOutcome.Verdict.PASSED), false);
            firing.setText("Failed and warned (" + vm.fired().size() + ")");
            skippedPane.setText("Skipped (" + skipped.getChildren().size() + ")");
            passedPane.setText("Passed (" + passed.getChildren().size() + ")");
            skippedPane.setVisible(!skipped.getChildren().isEmpty());
            skippedPane.setManaged(skippedPane.isVisible());
        };
        vm.all().addListener((javafx.collections.ListChangeListener<CheckOutcome>) c -> fill.run());
        fill.run();
        VBox groups = new VBox(4, firing, skippedPane, passedPane);
        VBox.setVgrow(firing, javafx.scene.layout.Priority.ALWAYS);
        setTop(summary);
        setCenter(groups);
    }

    private static void fillGroup(VBox box, java.util.List<CheckOutcome> checks, boolean withReason) {
        box.getChildren().clear();
        for (CheckOutcome c : checks) {
            Label l = new Label(c.verdict().id() + ": " + c.title() + (withReason ? " — " + c.message() : ""));
            l.setId("check-" + c.id());
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(PanelStyles.NOTE);
            box.getChildren().add(l);
        }
    }

    /** One fired check: icon and title, reason, fix, nodes. */
    private static final class CheckCell extends ListCell<CheckOutcome> {
        private final ChecksViewModel vm;

        CheckCell(ChecksViewModel vm) {
            this.vm = vm;
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
            Label title = new Label((warning ? "Failed: " : "Warned: ") + c.title());
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
            String fixLabel = vm.fixLabel(c);
            if (fixLabel != null) {
                Button apply = new Button(fixLabel + " (undoable)");
                apply.setId("check-fix-" + c.id());
                apply.setOnAction(e -> vm.applyFix(c));
                text.getChildren().add(apply);
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
