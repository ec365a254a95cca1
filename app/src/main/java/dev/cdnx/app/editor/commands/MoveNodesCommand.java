package dev.cdnx.app.editor.commands;

import dev.cdnx.app.command.Command;
import dev.cdnx.model.scenario.MapProjection;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ScenarioDocument;
import dev.cdnx.model.topology.GeoMath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves nodes to new canvas positions as one step. With {@code geographic}, each node's lat/lon follow
 * its new place on the map (so derived RTTs follow), and a region that matched the old place is updated
 * to the new one; a region typed by hand for somewhere else is left alone.
 */
public final class MoveNodesCommand implements Command {

    private final ScenarioDocument doc;
    private final Map<NodeSpec, double[]> targets;
    private final Map<NodeSpec, NodeSpec> before = new LinkedHashMap<>();
    private final boolean geographic;
    private final String description;

    /** @param targets node → {x, y} */
    public MoveNodesCommand(
            ScenarioDocument doc, Map<NodeSpec, double[]> targets, boolean geographic, String description) {
        this.doc = doc;
        this.targets = new LinkedHashMap<>(targets);
        this.geographic = geographic;
        this.description = description;
        for (NodeSpec n : targets.keySet()) {
            before.put(n, NodeCopies.copy(n));
        }
    }

    @Override
    public void execute() {
        targets.forEach((n, p) -> doc.updateNode(n, node -> {
            node.x = round(p[0]);
            node.y = round(p[1]);
            if (geographic) {
                boolean regionDerived = node.region == null
                        || (node.hasGeo() && node.region.equals(GeoMath.regionOf(node.lat, node.lon)));
                node.lat = MapProjection.lat(node.y);
                node.lon = MapProjection.lon(node.x);
                if (regionDerived && node.region != null) {
                    node.region = GeoMath.regionOf(node.lat, node.lon);
                }
            }
        }));
    }

    @Override
    public void undo() {
        before.forEach((n, old) -> doc.updateNode(n, node -> {
            node.x = old.x;
            node.y = old.y;
            node.lat = old.lat;
            node.lon = old.lon;
            node.region = old.region;
        }));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    @Override
    public String description() {
        return description;
    }
}
