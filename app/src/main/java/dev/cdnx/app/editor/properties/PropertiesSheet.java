package dev.cdnx.app.editor.properties;

import dev.cdnx.app.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * A title, the ControlsFX property sheet (by category, with a search box), and the reason the last
 * edit was refused. Items are rebuilt when the selection or the document changes.
 */
public class PropertiesSheet extends VBox {

    /**
     * The narrowest the sheet may be dragged. ControlsFX gives every name and every editor a floor of 100 px
     * (with the pane's padding, its category box and the scroll bar, about 270 px): any narrower and the
     * fields ran past the sheet's edge behind a sideways scroll bar.
     */
    public static final double MIN_WIDTH = 290;

    private final PropertiesViewModel pvm;
    private final PropertySheet sheet = new PropertySheet();
    /** The category the user last opened; kept across rebuilds (each commit rebuilds the sheet). */
    private String openCategory;

    public PropertiesSheet(PropertiesViewModel pvm) {
        this.pvm = pvm;
        setId("properties");
        setPrefWidth(320);
        setMinWidth(MIN_WIDTH);
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
        sheet.skinProperty().addListener((o, was, now) -> keepOpenCategory());
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
        keepOpenCategory();
    }

    /**
     * The sheet builds a new accordion on every change of its items and opens its first pane, so after
     * each commit the view jumped back to Cache; this reopens the pane the user had open and follows
     * the user's choice on the new accordion.
     */
    private void keepOpenCategory() {
        if (!(sheet.lookup(".scroll-pane") instanceof ScrollPane scroller)
                || !(scroller.getContent() instanceof Accordion accordion)) {
            return;
        }
        if (openCategory != null) {
            for (TitledPane p : accordion.getPanes()) {
                if (openCategory.equals(p.getText())) {
                    accordion.setExpandedPane(p);
                }
            }
        }
        accordion.expandedPaneProperty().addListener((o, was, now) -> {
            if (now != null) {
                openCategory = now.getText();
            }
        });
    }

    /** The title of the open category pane, or null (for tests and screenshots). */
    public String openCategory() {
        return sheet.lookup(".scroll-pane") instanceof ScrollPane scroller
                        && scroller.getContent() instanceof Accordion accordion
                        && accordion.getExpandedPane() != null
                ? accordion.getExpandedPane().getText()
                : null;
    }
}
