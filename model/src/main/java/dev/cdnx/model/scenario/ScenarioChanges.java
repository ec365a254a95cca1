package dev.cdnx.model.scenario;

import java.util.function.Consumer;

/**
 * A {@link ScenarioListener} for views that only need to know that something changed: every node and
 * link edit runs one action, and settings edits and a replaced scenario run the same one or their own
 * (a live run, for one, reads its delivery settings from them). A batch of edits runs each action once.
 */
public final class ScenarioChanges implements ScenarioListener {

    private final Runnable topologyEdit;
    private final Runnable settingsEdit;
    private final Consumer<Scenario> replaced;

    /** Runs {@code changed} on every kind of change. */
    public ScenarioChanges(Runnable changed) {
        this(changed, changed, s -> changed.run());
    }

    /** Runs {@code topologyEdit} on node and link edits, and the other two on their own kinds of change. */
    public ScenarioChanges(Runnable topologyEdit, Runnable settingsEdit, Consumer<Scenario> replaced) {
        this.topologyEdit = topologyEdit;
        this.settingsEdit = settingsEdit;
        this.replaced = replaced;
    }

    @Override
    public void nodeAdded(NodeSpec node) {
        topologyEdit.run();
    }

    @Override
    public void nodeRemoved(NodeSpec node) {
        topologyEdit.run();
    }

    @Override
    public void nodeChanged(NodeSpec node) {
        topologyEdit.run();
    }

    @Override
    public void linkAdded(LinkSpec link) {
        topologyEdit.run();
    }

    @Override
    public void linkRemoved(LinkSpec link) {
        topologyEdit.run();
    }

    @Override
    public void linkChanged(LinkSpec link) {
        topologyEdit.run();
    }

    @Override
    public void settingsChanged() {
        settingsEdit.run();
    }

    @Override
    public void scenarioReplaced(Scenario scenario) {
        replaced.accept(scenario);
    }

    /** One reaction per kind of change in the batch, however many edits it holds. */
    @Override
    public void changedTogether(ScenarioBatch batch) {
        if (batch.replacedWith() != null) {
            replaced.accept(batch.replacedWith());
            return;
        }
        if (batch.touchesTopology()) {
            topologyEdit.run();
        }
        if (batch.touchesSettings()) {
            settingsEdit.run();
        }
    }
}
