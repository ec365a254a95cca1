package dev.cdnx.app.panels.checks;

import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.checks.CheckOutcome;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
        // The fired checks are whole rows in a plain box, not a virtual list: the tab scrolls the panel when
        // the window is small, so every row keeps its full height instead of being squeezed and clipped.
        VBox list = new VBox(2);
        list.setId("checks-list");
        Label none = new Label("No check fails or warns for this scenario.");
        none.getStyleClass().add(PanelStyles.NOTE);
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
            fillFired(list, vm, none);
            fillGroup(skipped, vm.withVerdict(CheckOutcome.Verdict.SKIPPED), true);
            fillGroup(passed, vm.withVerdict(CheckOutcome.Verdict.PASSED), false);
            firing.setText("Failed and warned (" + vm.fired().size() + ")");
            skippedPane.setText("Skipped (" + skipped.getChildren().size() + ")");
            passedPane.setText("Passed (" + passed.getChildren().size() + ")");
            skippedPane.setVisible(!skipped.getChildren().isEmpty());
            skippedPane.setManaged(skippedPane.isVisible());
        };
        vm.all().addListener((javafx.collections.ListChangeListener<CheckOutcome>) c -> fill.run());
        vm.fired().addListener((javafx.collections.ListChangeListener<CheckOutcome>) c -> fill.run());
        fill.run();
        VBox groups = new VBox(4, firing, skippedPane, passedPane);
        setTop(summary);
        setCenter(groups);
    }

    private static void fillFired(VBox list, ChecksViewModel vm, Label none) {
        list.getChildren().clear();
        for (CheckOutcome c : vm.fired()) {
            list.getChildren().add(new CheckRow(vm, c));
        }
        if (list.getChildren().isEmpty()) {
            list.getChildren().add(none);
        }
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

    /**
     * One fired check: icon and title, reason, fix, nodes. Clicking it (or Enter / Space when it has the
     * focus) chooses the check, which selects its nodes on the canvas.
     */
    private static final class CheckRow extends HBox {
        private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("selected");

        CheckRow(ChecksViewModel vm, CheckOutcome c) {
            super(8);
            setId("check-" + c.id());
            boolean warning = c.severity() == CheckOutcome.Severity.WARNING;
            getStyleClass().addAll(PanelStyles.CHECK_CELL, warning ? PanelStyles.WARNING : PanelStyles.ADVICE);
            setPadding(new Insets(4, 8, 4, 8));
            setFocusTraversable(true);
            FontIcon icon = new FontIcon(warning ? "mdi2a-alert" : "mdi2l-lightbulb-on-outline");
            icon.getStyleClass().add("cdn-check-icon");
            Label title = new Label((warning ? "Failed: " : "Warned: ") + c.title());
            title.getStyleClass().add(PanelStyles.TITLE);
            title.setWrapText(true);
            Label reason = new Label(c.message());
            reason.setWrapText(true);
            Label fix = new Label("Fix: " + c.fix());
            fix.setWrapText(true);
            fix.getStyleClass().add(PanelStyles.REASON);
            // Wrapped lines need their height: without this a long text is cut to one line ending in "...".
            title.setMinHeight(Region.USE_PREF_SIZE);
            reason.setMinHeight(Region.USE_PREF_SIZE);
            fix.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, reason, fix);
            if (!c.nodes().isEmpty()) {
                Label nodes = new Label("Nodes: " + String.join(", ", c.nodes()) + "  (click to select them)");
                nodes.getStyleClass().add(PanelStyles.NOTE);
                nodes.setWrapText(true);
                nodes.setMinHeight(Region.USE_PREF_SIZE);
                text.getChildren().add(nodes);
            }
            String fixLabel = vm.fixLabel(c);
            if (fixLabel != null) {
                Button apply = new Button(fixLabel + " (undoable)");
                apply.setId("check-fix-" + c.id());
                apply.setOnAction(e -> vm.applyFix(c));
                text.getChildren().add(apply);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            getChildren().addAll(icon, text);
            Runnable choose = () -> {
                getParent().getChildrenUnmodifiable().forEach(r -> r.pseudoClassStateChanged(CHOSEN, r == this));
                requestFocus();
                vm.choose(c);
            };
            setOnMouseClicked(e -> choose.run());
            setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                        || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                    choose.run();
                    e.consume();
                }
            });
        }
    }
}
