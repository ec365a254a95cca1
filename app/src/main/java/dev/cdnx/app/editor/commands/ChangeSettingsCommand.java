package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.function.Consumer;

/**
 * Changes scenario-level settings (name, workload, policy, delivery, pricing, faults, …). Undo and redo
 * restore copies of every section except the drawing's nodes, links and providers.
 */
public final class ChangeSettingsCommand implements Command {

    private final ScenarioDocument doc;
    private final String description;
    private final Consumer<Scenario> change;
    private final Scenario before;
    private Scenario after;

    public ChangeSettingsCommand(ScenarioDocument doc, String description, Consumer<Scenario> change) {
        this.doc = doc;
        this.description = description;
        this.change = change;
        this.before = ScenarioIO.copy(doc.scenario());
    }

    @Override
    public void execute() {
        if (after == null) {
            doc.updateSettings(change);
            after = ScenarioIO.copy(doc.scenario());
        } else {
            restore(after);
        }
    }

    @Override
    public void undo() {
        restore(before);
    }

    private void restore(Scenario snapshot) {
        Scenario copy = ScenarioIO.copy(snapshot);
        doc.updateSettings(s -> copySettings(copy, s));
    }

    /** Makes the settings of {@code into} those of {@code from}; the drawing is left alone. */
    public static void copySettings(Scenario from, Scenario into) {
        into.name = from.name;
        into.description = from.description;
        into.seed = from.seed;
        into.duration = from.duration;
        into.topology.pathStretch = from.topology.pathStretch;
        into.workload = from.workload;
        into.policy = from.policy;
        into.delivery = from.delivery;
        into.pricing = from.pricing;
        into.volumes = from.volumes;
        into.faults = from.faults;
        into.purges = from.purges;
        into.decisions = from.decisions;
    }

    @Override
    public String description() {
        return description;
    }
}
