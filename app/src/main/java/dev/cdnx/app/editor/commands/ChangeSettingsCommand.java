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
        doc.updateSettings(s -> {
            s.name = copy.name;
            s.description = copy.description;
            s.seed = copy.seed;
            s.duration = copy.duration;
            s.topology.pathStretch = copy.topology.pathStretch;
            s.workload = copy.workload;
            s.policy = copy.policy;
            s.delivery = copy.delivery;
            s.pricing = copy.pricing;
            s.volumes = copy.volumes;
            s.faults = copy.faults;
            s.purges = copy.purges;
            s.decisions = copy.decisions;
        });
    }

    @Override
    public String description() {
        return description;
    }
}
