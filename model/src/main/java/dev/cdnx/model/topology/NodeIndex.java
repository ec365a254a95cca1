package dev.cdnx.model.topology;

import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.TopologySpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's nodes numbered once, in the order of its node list: the single place where a name
 * becomes a {@link NodeId}. The engine, the live view and the faults all speak ids; a name is turned into
 * an id only where a person typed it (a fault on the timeline, a node picked in the editor).
 */
public final class NodeIndex {

    private final NodeId[] ids;
    private final Map<String, NodeId> byName = new HashMap<>();

    public NodeIndex(TopologySpec topology) {
        List<NodeSpec> nodes = topology.nodes;
        ids = new NodeId[nodes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new NodeId(i, nodes.get(i).name);
            // The first of two nodes with one name wins, as in the topology graph (the validator reports it).
            byName.putIfAbsent(nodes.get(i).name, ids[i]);
        }
    }

    public int size() {
        return ids.length;
    }

    /** The id of the node at {@code index}, or {@link NodeId#NONE} for a negative index. */
    public NodeId id(int index) {
        return index < 0 ? NodeId.NONE : ids[index];
    }

    /** The node called {@code name}, if there is one. */
    public Optional<NodeId> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The index of the node called {@code name}, or -1. */
    public int indexOf(String name) {
        NodeId id = byName.get(name);
        return id == null ? -1 : id.index();
    }
}
