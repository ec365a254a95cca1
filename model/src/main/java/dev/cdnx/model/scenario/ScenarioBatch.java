package dev.cdnx.model.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The edits made during one {@link ScenarioDocument#batch(Runnable)}, in the order they were made. A
 * listener that redraws per node replays them ({@link #replayTo}); one that only needs to know "something
 * changed" asks {@link #touchesTopology()} and {@link #touchesSettings()} and reacts once. Empty when the
 * batch changed nothing.
 */
public final class ScenarioBatch {

    private final List<Consumer<ScenarioListener>> events = new ArrayList<>();
    private boolean topology;
    private boolean settings;
    private Scenario replacedWith;

    void topologyEdit(Consumer<ScenarioListener> event) {
        events.add(event);
        topology = true;
    }

    void settingsEdit(Consumer<ScenarioListener> event) {
        events.add(event);
        settings = true;
    }

    void replaced(Scenario next, Consumer<ScenarioListener> event) {
        events.add(event);
        replacedWith = next;
    }

    /** Tells {@code listener} each edit of the batch as its own event, in order. */
    public void replayTo(ScenarioListener listener) {
        events.forEach(e -> e.accept(listener));
    }

    /** How many single edits the batch holds. */
    public int size() {
        return events.size();
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** Whether a node or link was added, removed or changed. */
    public boolean touchesTopology() {
        return topology;
    }

    /** Whether a scenario-level setting changed. */
    public boolean touchesSettings() {
        return settings;
    }

    /** The scenario the batch last replaced the document with, or null when it replaced nothing. */
    public Scenario replacedWith() {
        return replacedWith;
    }
}
