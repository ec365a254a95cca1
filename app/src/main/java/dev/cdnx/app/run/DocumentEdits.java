package dev.cdnx.app.run;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;
import java.util.function.Consumer;

/**
 * A {@link ScenarioListener} for a view that only needs to know "something changed": every node and link
 * edit runs one action; settings edits and a replaced scenario run their own, since a run reads its
 * delivery settings from them.
 */
final class DocumentEdits implements ScenarioListener {

    private final Runnable onTopologyEdit;
    private final Runnable onSettingsEdit;
    private final Consumer<Scenario> onReplaced;

    DocumentEdits(Runnable onTopologyEdit, Runnable onSettingsEdit, Consumer<Scenario> onReplaced) {
        this.onTopologyEdit = onTopologyEdit;
        this.onSettingsEdit = onSettingsEdit;
        this.onReplaced = onReplaced;
    }

    @Override
    public void nodeAdded(NodeSpec node) {
        onTopologyEdit.run();
    }

    @Override
    public void nodeRemoved(NodeSpec node) {
        onTopologyEdit.run();
    }

    @Override
    public void nodeChanged(NodeSpec node) {
        onTopologyEdit.run();
    }

    @Override
    public void linkAdded(LinkSpec link) {
        onTopologyEdit.run();
    }

    @Override
    public void linkRemoved(LinkSpec link) {
        onTopologyEdit.run();
    }

    @Override
    public void linkChanged(LinkSpec link) {
        onTopologyEdit.run();
    }

    @Override
    public void settingsChanged() {
        onSettingsEdit.run();
    }

    @Override
    public void scenarioReplaced(Scenario scenario) {
        onReplaced.accept(scenario);
    }
}
