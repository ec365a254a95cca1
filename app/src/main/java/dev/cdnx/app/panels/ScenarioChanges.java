package dev.cdnx.app.panels;

import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioListener;

/** A listener that treats every kind of document change the same way: as "something changed". */
public final class ScenarioChanges implements ScenarioListener {

    private final Runnable changed;

    public ScenarioChanges(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public void nodeAdded(NodeSpec node) {
        changed.run();
    }

    @Override
    public void nodeRemoved(NodeSpec node) {
        changed.run();
    }

    @Override
    public void nodeChanged(NodeSpec node) {
        changed.run();
    }

    @Override
    public void linkAdded(LinkSpec link) {
        changed.run();
    }

    @Override
    public void linkRemoved(LinkSpec link) {
        changed.run();
    }

    @Override
    public void linkChanged(LinkSpec link) {
        changed.run();
    }

    @Override
    public void settingsChanged() {
        changed.run();
    }

    @Override
    public void scenarioReplaced(Scenario scenario) {
        changed.run();
    }
}
