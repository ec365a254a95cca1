package dev.cdnx.model.decision;

import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;

/** Small scenarios built in code, one knob at a time, for the decision tree tests. */
final class DecisionScenarios {

    private DecisionScenarios() {}

    /** One users node (steady), two edges, one shield, one origin; one cacheable class of 100 KB objects. */
    static Scenario base(long objects, double alpha, String changeEvery) {
        Scenario s = new Scenario();
        s.workload.objects = objects;
        s.workload.alpha = alpha;
        ContentClassSpec c = new ContentClassSpec("assets");
        c.size = SizeSpec.fixed(DataSize.parse("100 KB"));
        c.changeEvery = SimDuration.parse(changeEvery);
        c.headers.put("Cache-Control", "public, max-age=3600");
        s.workload.classes.add(c);
        NodeSpec users = new NodeSpec("users-a", NodeKind.USERS);
        users.usersOrDefault();
        s.topology.nodes.add(users);
        s.topology.nodes.add(new NodeSpec("edge-a", NodeKind.EDGE));
        s.topology.nodes.add(new NodeSpec("edge-b", NodeKind.EDGE));
        s.topology.nodes.add(new NodeSpec("shield-a", NodeKind.SHIELD));
        s.topology.nodes.add(new NodeSpec("origin", NodeKind.ORIGIN));
        return s;
    }

    static void profile(Scenario s, String type) {
        s.node("users-a").users.profile = new ProfileSpec(type);
        s.node("users-a").users.profile.at = SimDuration.parse("10m");
    }

    /** A launch of a bundle class of {@code count} objects of {@code size}, at extraRate for 5 minutes. */
    static void launch(Scenario s, long count, String size, double extraRate) {
        ContentClassSpec b = new ContentClassSpec("bundle");
        b.objects = count;
        b.size = SizeSpec.fixed(DataSize.parse(size));
        s.workload.classes.add(b);
        ProfileSpec p = new ProfileSpec("launch");
        p.at = SimDuration.parse("10m");
        p.length = SimDuration.parse("5m");
        p.extraRate = Rate.perSecond(extraRate);
        p.contentClass = "bundle";
        s.node("users-a").users.profile = p;
    }
}
