package dev.cdnx.app.panels;

import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.function.Consumer;

/**
 * How a panel changes scenario settings (a decision override, the price sheet). The default applies
 * the change with {@link ScenarioDocument#updateSettings}; the shell can route it through its command
 * stack instead, using {@code undo} to build the inverse step.
 */
@FunctionalInterface
public interface SettingsEditor {

    /**
     * @param description what the edit does, for an Undo menu ("Override access-pattern")
     * @param change applied to the scenario
     * @param undo puts back what {@code change} replaced
     */
    void edit(String description, Consumer<Scenario> change, Consumer<Scenario> undo);

    /** Edits straight through {@link ScenarioDocument#updateSettings}, without undo. */
    static SettingsEditor direct(ScenarioDocument doc) {
        return (description, change, undo) -> doc.updateSettings(change);
    }
}
