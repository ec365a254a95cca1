package dev.cdnx.model.scenario;

/**
 * Told about every change of a {@link ScenarioDocument}. The app turns these calls into JavaFX updates;
 * methods have empty defaults so a listener overrides only what it shows.
 */
public interface ScenarioListener {

    default void nodeAdded(NodeSpec node) {}

    default void nodeRemoved(NodeSpec node) {}

    /** A node's settings or position changed. */
    default void nodeChanged(NodeSpec node) {}

    default void linkAdded(LinkSpec link) {}

    default void linkRemoved(LinkSpec link) {}

    /** A link's settings changed. */
    default void linkChanged(LinkSpec link) {}

    /** A scenario-level setting changed (workload, policy, delivery, pricing, faults, …). */
    default void settingsChanged() {}

    /** A note or region was added, removed or changed (drawing only: nothing a run reads). */
    default void sketchChanged() {}

    /** The whole scenario was replaced (new file, open, recovery). */
    default void scenarioReplaced(Scenario scenario) {}

    /**
     * Several edits made as one ({@link ScenarioDocument#batch(Runnable)}, e.g. moving 50 nodes), told
     * once after the last of them. By default each edit is passed on as its own event, in order; a listener
     * that only needs "something changed" overrides this to react once.
     */
    default void changedTogether(ScenarioBatch batch) {
        batch.replayTo(this);
    }
}
