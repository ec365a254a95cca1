package dev.cdnx.app.panels.cost;

import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.app.panels.PanelStyles;
import dev.cdnx.model.cost.SheetLoad;
import java.io.IOException;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Edit prices…": the current sheet's prices in an editable table and a name; Save writes
 * {@code <scenario folder>/pricing/NAME.json} through {@link SheetEditorModel} and switches the scenario to
 * it. A price the model cannot read keeps the dialog open with the problem shown.
 */
final class SheetEditorView extends Dialog<ButtonType> {

    SheetEditorView(CostViewModel vm) {
        setTitle("Edit prices");
        String current = vm.sheetNameProperty().get();
        Path folder = vm.context().folderOrNull();
        Label problems = new Label();
        problems.setId("sheet-editor-problems");
        problems.getStyleClass().add(PanelStyles.ERROR);
        problems.setWrapText(true);
        // Its full height, however many lines the fix takes: a problem cut off before its fix helps nobody.
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problems.setMaxWidth(420);
        setResizable(true);
        SheetEditorModel model;
        try {
            model = new SheetEditorModel(current, folder);
        } catch (IllegalArgumentException e) {
            getDialogPane().setContent(new Label(e.getMessage()));
            getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            return;
        }
        TableView<SheetEditorModel.Row> table = new TableView<>(model.rows());
        table.setId("sheet-editor-table");
        table.setEditable(true);
        TableColumn<SheetEditorModel.Row, String> path = new TableColumn<>("Price");
        path.setCellValueFactory(
                c -> new javafx.beans.property.SimpleStringProperty(c.getValue().path()));
        path.setPrefWidth(220);
        TableColumn<SheetEditorModel.Row, String> value = new TableColumn<>("Value (e.g. $0.085/GB)");
        value.setCellValueFactory(c -> c.getValue().valueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setPrefWidth(200);
        table.getColumns().add(path);
        table.getColumns().add(value);
        table.setPrefHeight(420);
        TextField name = new TextField(current.replaceAll("[^A-Za-z0-9._-]", "") + "-edited");
        name.setId("sheet-editor-name");
        Label where = new Label(
                folder == null
                        ? "Save the scenario first: the new sheet goes next to its file."
                        : "Saved as " + folder.resolve("pricing") + "/NAME.json");
        where.getStyleClass().add(PanelStyles.NOTE);
        VBox box = new VBox(8, table, new HBox(8, new Label("New sheet name"), name), where, problems);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save as new sheet", ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("sheet-editor-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                SheetLoad load = model.save(
                        folder,
                        name.getText().trim(),
                        ReplaceGuard.dialogs(() -> getDialogPane().getScene().getWindow()));
                if (!load.ok()) {
                    problems.setText(SheetEditorModel.problemsOf(load));
                    getDialogPane().getScene().getWindow().sizeToScene();
                    e.consume();
                    return;
                }
                if (name.getText().trim().equals(vm.sheetNameProperty().get())) {
                    vm.refreshNow();
                } else {
                    vm.useSheet(name.getText().trim());
                }
            } catch (IOException ex) {
                problems.setText(ex.getMessage());
                e.consume();
            }
        });
    }
}
