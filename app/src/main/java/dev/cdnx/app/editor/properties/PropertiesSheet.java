package dev.cdnx.app.editor.properties;

import dev.cdnx.app.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * A title, the ControlsFX property sheet (by category, with a search box), and the reason the last
 * edit was refused. Items are rebuilt when the selection or the document changes.
 */
public class PropertiesSheet extends VBox {

    private final PropertiesViewModel pvm;
    private final PropertySheet sheet = new PropertySheet();

    public PropertiesSheet(PropertiesViewModel pvm) {
        this.pvm = pvm;
        setId("properties");
        setPrefWidth(320);
        setMinWidth(240);
        Label title = new Label();
        title.setId("properties-title");
        title.getStyleClass().add(Styles.SHEET_TITLE);
        title.textProperty().bind(pvm.titleProperty());
        title.setWrapText(true);
        Label error = new Label();
        error.setId("property-error");
        error.getStyleClass().add(Styles.SHEET_MESSAGE);
        error.textProperty().bind(pvm.errorProperty());
        error.visibleProperty().bind(pvm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        sheet.setId("property-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(true);
        sheet.setPropertyEditorFactory(PropertyEditors.factory()::apply);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(title, error, sheet);
        pvm.rows().addListener((ListChangeListener<PropertiesViewModel.Row>) c -> rebuild());
        rebuild();
    }

    public PropertiesViewModel viewModel() {
        return pvm;
    }

    private void rebuild() {
        List<PropertySheet.Item> items = new ArrayList<>();
        for (PropertiesViewModel.Row r : pvm.rows()) {
            items.add(new SheetItem(pvm, r));
        }
        sheet.getItems().setAll(items);
    }
}
