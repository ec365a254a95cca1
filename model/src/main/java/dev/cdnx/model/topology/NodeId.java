package dev.cdnx.model.topology;

/**
 * A node of a run by its position in the scenario's node list, the number the engine works with. The name
 * travels along only so that displays and traces can print it; code that needs a node compares or indexes
 * by {@link #index()}. Instances come from a {@link NodeIndex}, which makes exactly one per node.
 */
public record NodeId(int index, String name) {

    /** "No node": where a hop has nowhere to go (a users node without an edge). */
    public static final NodeId NONE = new NodeId(-1, "?");

    public boolean isNone() {
        return index < 0;
    }

    /** The node's name, so that a hop or a trace prints as the user wrote it. */
    @Override
    public String toString() {
        return name;
    }
}
