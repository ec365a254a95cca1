package dev.cdnx.model.traffic;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.GeoMath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which users node of a drawing a logged request enters at: the first users node in the request's
 * region (the node's {@code region}, else the one its coordinates fall in); a request of a region the
 * drawing has no users in, or of an unknown region, enters at the drawing's first users node.
 */
public final class UsersByRegion {

    private final Map<String, Integer> byRegion = new LinkedHashMap<>();
    private final List<Integer> users = new ArrayList<>();
    private final int fallback;

    /**
     * @throws IllegalArgumentException when the drawing has no users node
     */
    public UsersByRegion(Scenario s) {
        List<NodeSpec> nodes = s.topology.nodes;
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            if (n.kind != NodeKind.USERS) {
                continue;
            }
            users.add(i);
            byRegion.putIfAbsent(regionOf(n), i);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the drawing has no users node for the log's requests to enter at;"
                    + " add one (Users in the palette)");
        }
        fallback = users.get(0);
    }

    /** The pricing region of a node: its own, else from its coordinates, else unknown. */
    public static String regionOf(NodeSpec n) {
        if (n.region != null && !n.region.isBlank()) {
            return n.region;
        }
        return n.lat != null && n.lon != null ? GeoMath.regionOf(n.lat, n.lon) : Regions.UNKNOWN;
    }

    /** The index (among the scenario's nodes) of the users node for {@code region}. */
    public int nodeFor(String region) {
        return byRegion.getOrDefault(region, fallback);
    }

    /** Whether the drawing has a users node in {@code region} (else its requests go to the first one). */
    public boolean has(String region) {
        return byRegion.containsKey(region);
    }

    /** Users node indexes, in drawing order. */
    public List<Integer> users() {
        return List.copyOf(users);
    }
}
