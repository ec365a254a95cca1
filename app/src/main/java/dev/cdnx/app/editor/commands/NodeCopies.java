package dev.cdnx.app.editor.commands;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeSpec;

/** Deep copies of nodes and links through their file form, and copying a snapshot back in place. */
public final class NodeCopies {

    private NodeCopies() {}

    public static NodeSpec copy(NodeSpec n) {
        return ScenarioIO.mapper().convertValue(n, NodeSpec.class);
    }

    public static LinkSpec copy(LinkSpec l) {
        return new LinkSpec(l.from, l.to, l.rtt);
    }

    /** Makes {@code target} hold the settings of {@code snapshot} (the object identity stays). */
    public static void assign(NodeSpec target, NodeSpec snapshot) {
        NodeSpec s = copy(snapshot);
        target.name = s.name;
        target.kind = s.kind;
        target.x = s.x;
        target.y = s.y;
        target.lat = s.lat;
        target.lon = s.lon;
        target.region = s.region;
        target.provider = s.provider;
        target.users = s.users;
        target.cache = s.cache;
        target.origin = s.origin;
        target.steering = s.steering;
    }
}
