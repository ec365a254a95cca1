package dev.cdnx.app.editor.properties;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** A {@link PropertiesViewModel.Row} as a ControlsFX property-sheet item. */
final class SheetItem implements PropertySheet.Item {

    private final PropertiesViewModel vm;
    private final PropertiesViewModel.Row row;

    SheetItem(PropertiesViewModel vm, PropertiesViewModel.Row row) {
        this.vm = vm;
        this.row = row;
    }

    PropertiesViewModel.Row row() {
        return row;
    }

    String id() {
        return row.field().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The field went back to its value (Escape): the refusal banner about it goes too. */
    void revert() {
        vm.clearError();
    }

    /** Applies a typed value; returns the reason it was refused, or null. */
    String commit(String text) {
        return vm.apply(row.field(), text);
    }

    @Override
    public Class<?> getType() {
        return row.field().bool() ? Boolean.class : String.class;
    }

    @Override
    public String getCategory() {
        return row.field().category();
    }

    @Override
    public String getName() {
        return row.field().name();
    }

    @Override
    public String getDescription() {
        return row.field().description()
                + (row.mixed()
                        ? "\n(The selected nodes differ here; typing a value " + "sets it on all of them.)"
                        : "");
    }

    @Override
    public Object getValue() {
        return row.value();
    }

    @Override
    public void setValue(Object value) {
        commit(value == null ? "" : value.toString());
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }

    @Override
    public boolean isEditable() {
        return row.field().editable();
    }
}
