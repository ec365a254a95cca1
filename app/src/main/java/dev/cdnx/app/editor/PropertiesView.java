package dev.cdnx.app.editor;

import dev.cdnx.app.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Placeholder until the property sheet lands. */
public final class PropertiesView extends VBox {

    public PropertiesView(EditorViewModel vm) {
        setId("properties");
        Label title = new Label("Properties");
        title.getStyleClass().add(Styles.SHEET_TITLE);
        getChildren().add(title);
        setPrefWidth(300);
    }
}
