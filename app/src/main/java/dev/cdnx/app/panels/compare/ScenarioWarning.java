package dev.cdnx.app.panels.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Compare header's warning when the pinned baseline and the current run come from different scenarios:
 * it names both (name and content hash) and asks before mixing them — "Compare anyway" puts the baseline
 * back beside the current run, "Clear baseline" drops it. Hidden when the two match.
 */
final class ScenarioWarning extends VBox {

    ScenarioWarning(CompareViewModel vm) {
        setId("compare-scenario-warning");
        getStyleClass().add(CompareStyles.WARNING);
        setSpacing(4);
        Label text = new Label();
        text.setId("compare-scenario-warning-text");
        text.setWrapText(true);
        text.setGraphic(new FontIcon("mdi2a-alert-outline"));
        text.textProperty().bind(vm.mismatchProperty());
        Button anyway = new Button("Compare anyway");
        anyway.setId("compare-anyway");
        anyway.disableProperty().bind(vm.mixingAllowedProperty());
        anyway.setOnAction(e -> vm.compareAnyway());
        Button clear = new Button("Clear baseline");
        clear.setId("compare-warning-clear");
        clear.setOnAction(e -> vm.clearBaseline());
        Label asked = new Label();
        asked.textProperty()
                .bind(javafx.beans.binding.Bindings.when(vm.mixingAllowedProperty())
                        .then("Shown side by side at your request.")
                        .otherwise("The baseline column stays empty until you choose."));
        HBox.setHgrow(asked, Priority.ALWAYS);
        HBox buttons = new HBox(6, anyway, clear, asked);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, buttons);
        visibleProperty().bind(vm.mismatchProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
