package dev.cdnx.model.engine;

import dev.cdnx.model.topology.NodeId;

/**
 * What the app hears from a run, on the engine's thread: hops of sampled requests as they are
 * simulated, and sampled requests when they end. Defaults do nothing, so an observer overrides only what
 * it draws. Implementations must be quick and must not call back into the simulation.
 */
public interface EngineObserver {

    /**
     * A sampled request (or a fetch made for it) moves: from one node to another (the same node for
     * something that happens at a node; {@link NodeId#NONE} for nowhere), leaving at {@code depart} and arriving at {@code arrive}
     * (simulated seconds). Answers going back down are told when they land, so their {@code depart} may be
     * earlier than hops told before them.
     */
    default void hop(RequestTrace trace, NodeId from, NodeId to, double depart, double arrive, HopKind kind) {}

    /** A sampled request ended; its trace is complete. */
    default void requestFinished(RequestTrace trace) {}
}
