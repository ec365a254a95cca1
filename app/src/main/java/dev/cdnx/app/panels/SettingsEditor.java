package dev.cdnx.app.panels;

import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.function.Consumer;

/**
 * How a panel changes scenario settings (a decision override, the price sheet). The default applies
 * the change with {@link ScenarioDocument#updateSettings}; the shell routes it through its command stack
 * instead, where the command keeps a copy of the settings from before, so a panel never writes an inverse.
 */
@FunctionalInterface
public interface SettingsEditor {

    /**
     * Applies one settings edit, as one undo step where the shell keeps a stack.
     *
     * @param description what the edit does, for an Undo menu ("Override access-pattern")
     * @param change applied to the scenario
     */
    void edit(String description, Consumer<Scenario> change);

    /** Edits straight through {@link ScenarioDocument#updateSettings}, without undo. */
    static SettingsEditor direct(ScenarioDocument doc) {
        return (description, change) -> doc.updateSettings(change);
    }
}
