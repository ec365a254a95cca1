package dev.cdnx.model.scenario;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The scenario being edited, with change notification: every edit goes through one of these methods,
 * which changes the {@link Scenario} and tells the {@link ScenarioListener}s. Undo and redo live in the
 * app's commands, which call these methods both ways. Not thread-safe: edit from one thread.
 */
public final class ScenarioDocument {

    private Scenario scenario;
    private final List<ScenarioListener> listeners = new CopyOnWriteArrayList<>();
    /** The edits of the batch under way, or null outside {@link #batch(Runnable)}. */
    private ScenarioBatch batch;

    public ScenarioDocument(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    public void addListener(ScenarioListener l) {
        listeners.add(l);
    }

    public void removeListener(ScenarioListener l) {
        listeners.remove(l);
    }

    /**
     * Runs {@code edits} (calls of this document's methods) as one change: listeners hear nothing while it
     * runs and then one {@link ScenarioListener#changedTogether}, even if {@code edits} throws. A batch
     * inside a batch joins the outer one. A batch that edits nothing tells nobody.
     */
    public void batch(Runnable edits) {
        if (batch != null) {
            edits.run();
            return;
        }
        ScenarioBatch b = new ScenarioBatch();
        batch = b;
        try {
            edits.run();
        } finally {
            batch = null;
            if (!b.isEmpty()) {
                listeners.forEach(l -> l.changedTogether(b));
            }
        }
    }

    /** Replaces the whole scenario (open, new, recovery). */
    public void replace(Scenario next) {
        scenario = Objects.requireNonNull(next);
        Consumer<ScenarioListener> event = l -> l.scenarioReplaced(next);
        if (batch != null) {
            batch.replaced(next, event);
        } else {
            listeners.forEach(event);
        }
    }

    /** Adds a node at a position in the list (or at the end when {@code index} is out of range). */
    public void addNode(NodeSpec node, int index) {
        List<NodeSpec> nodes = scenario.topology.nodes;
        nodes.add(index < 0 || index > nodes.size() ? nodes.size() : index, node);
        topologyEdit(l -> l.nodeAdded(node));
    }

    /** Removes a node; returns its former index, or -1. Links to it are the caller's to remove first. */
    public int removeNode(NodeSpec node) {
        int i = scenario.topology.nodes.indexOf(node);
        if (i >= 0) {
            scenario.topology.nodes.remove(i);
            topologyEdit(l -> l.nodeRemoved(node));
        }
        return i;
    }

    /** Changes a node in place and tells listeners. */
    public void updateNode(NodeSpec node, Consumer<NodeSpec> change) {
        change.accept(node);
        topologyEdit(l -> l.nodeChanged(node));
    }

    public void addLink(LinkSpec link, int index) {
        List<LinkSpec> links = scenario.topology.links;
        links.add(index < 0 || index > links.size() ? links.size() : index, link);
        topologyEdit(l -> l.linkAdded(link));
    }

    public int removeLink(LinkSpec link) {
        int i = scenario.topology.links.indexOf(link);
        if (i >= 0) {
            scenario.topology.links.remove(i);
            topologyEdit(l -> l.linkRemoved(link));
        }
        return i;
    }

    public void updateLink(LinkSpec link, Consumer<LinkSpec> change) {
        change.accept(link);
        topologyEdit(l -> l.linkChanged(link));
    }

    /**
     * Changes the notes or regions (add, remove, move, resize, reword) and tells listeners. They are
     * drawing only, so listeners that run the scenario need not react.
     */
    public void updateSketch(Consumer<Scenario> change) {
        change.accept(scenario);
        listeners.forEach(ScenarioListener::sketchChanged);
    }

    /** Changes scenario-level settings in place and tells listeners. */
    public void updateSettings(Consumer<Scenario> change) {
        change.accept(scenario);
        if (batch != null) {
            batch.settingsEdit(ScenarioListener::settingsChanged);
        } else {
            listeners.forEach(ScenarioListener::settingsChanged);
        }
    }

    private void topologyEdit(Consumer<ScenarioListener> event) {
        if (batch != null) {
            batch.topologyEdit(event);
        } else {
            listeners.forEach(event);
        }
    }

    /** The links that touch a node, in list order. */
    public List<LinkSpec> linksOf(NodeSpec node) {
        return scenario.topology.links.stream()
                .filter(l -> node.name != null && (node.name.equals(l.from) || node.name.equals(l.to)))
                .toList();
    }
}
