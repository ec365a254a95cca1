package dev.cdnx.app.editor.properties;

import dev.cdnx.app.editor.EditorViewModel;

/** The right-hand panel: the property sheet for the selection, or the scenario's settings. */
public final class PropertiesView extends PropertiesSheet {

    public PropertiesView(EditorViewModel vm) {
        super(new PropertiesViewModel(vm));
    }
}
