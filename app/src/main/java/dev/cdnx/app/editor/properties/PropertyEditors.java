package dev.cdnx.app.editor.properties;

import dev.cdnx.app.theme.Styles;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors that commit once, not per keystroke: a text field on Enter or when it loses focus (Escape
 * reverts), a pick list or a check box on selection. The item refuses bad values; the field then turns
 * red with the reason as its tooltip and keeps the typed text so it can be corrected.
 */
final class PropertyEditors {

    private PropertyEditors() {}

    static Function<PropertySheet.Item, PropertyEditor<?>> factory() {
        return item -> {
            SheetItem s = (SheetItem) item;
            if (s.row().field().bool()) {
                return check(s);
            }
            if (!s.row().field().choices().isEmpty()) {
                return choice(s);
            }
            return text(s);
        };
    }

    /**
     * A value the file had but that could not be read is shown as written, marked invalid, with a
     * tooltip saying it is kept until replaced (saving writes it back unchanged).
     */
    private static void markIfUnread(SheetItem item, javafx.scene.control.Control control) {
        if (item.row().invalid()) {
            control.getStyleClass().add(Styles.INVALID);
            control.setTooltip(new Tooltip("The file says \"" + item.getValue() + "\", which could not be read. "
                    + "It is kept as written (and saved back) until you type a value here.\n\n"
                    + item.getDescription()));
        }
    }

    private static PropertyEditor<Object> text(SheetItem item) {
        TextField tf = new TextField();
        tf.setId("prop-" + item.id());
        tf.setEditable(item.isEditable());
        tf.setTooltip(new Tooltip(item.getDescription()));
        if (item.row().mixed()) {
            tf.setPromptText("(mixed)");
        }
        markIfUnread(item, tf);
        Runnable commit = () -> {
            if (!item.isEditable() || tf.getText().equals(item.getValue())) {
                return;
            }
            String refused = item.commit(tf.getText());
            tf.getStyleClass().remove(Styles.INVALID);
            if (refused != null) {
                tf.getStyleClass().add(Styles.INVALID);
                tf.setTooltip(new Tooltip("Refused: " + refused));
            }
        };
        tf.setOnAction(e -> commit.run());
        tf.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        tf.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                tf.setText(String.valueOf(item.getValue()));
                tf.getStyleClass().remove(Styles.INVALID);
                tf.setTooltip(new Tooltip(item.getDescription()));
                item.revert();
            }
        });
        return new Simple(tf) {
            @Override
            public void setValue(Object v) {
                tf.setText(v == null ? "" : v.toString());
            }

            @Override
            public Object getValue() {
                return tf.getText();
            }
        };
    }

    private static PropertyEditor<Object> choice(SheetItem item) {
        ComboBox<String> cb = new ComboBox<>();
        cb.setId("prop-" + item.id());
        cb.getItems().setAll(item.row().field().choices());
        cb.setTooltip(new Tooltip(item.getDescription()));
        cb.setMaxWidth(Double.MAX_VALUE);
        cb.setDisable(!item.isEditable());
        markIfUnread(item, cb);
        cb.setOnAction(e -> {
            String v = cb.getValue() == null ? "" : cb.getValue();
            if (!v.equals(item.getValue())) {
                item.commit(v);
            }
        });
        return new Simple(cb) {
            @Override
            public void setValue(Object v) {
                cb.setValue(v == null ? "" : v.toString());
            }

            @Override
            public Object getValue() {
                return cb.getValue();
            }
        };
    }

    private static PropertyEditor<Object> check(SheetItem item) {
        CheckBox c = new CheckBox();
        c.setId("prop-" + item.id());
        c.setTooltip(new Tooltip(item.getDescription()));
        c.setOnAction(e -> item.commit(String.valueOf(c.isSelected())));
        return new Simple(c) {
            @Override
            public void setValue(Object v) {
                c.setSelected(Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)));
            }

            @Override
            public Object getValue() {
                return c.isSelected();
            }
        };
    }

    private abstract static class Simple implements PropertyEditor<Object> {
        private final Node editor;

        Simple(Node editor) {
            this.editor = editor;
        }

        @Override
        public Node getEditor() {
            return editor;
        }
    }
}
