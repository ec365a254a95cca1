package dev.cdnx.model.checks;

import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/**
 * What the checks look at: the scenario (required), a run of it (null when none was made) and the pull
 * bill (null when no price sheet or volumes were available).
 */
public record CheckContext(Scenario scenario, RunResult run, CostBreakdown pullCost) {

    public static CheckContext of(Scenario s) {
        return new CheckContext(s, null, null);
    }

    /** The names of the nodes of a kind, in drawing order. */
    public List<String> names(NodeKind kind) {
        return scenario.topology.nodes.stream()
                .filter(n -> n.kind == kind)
                .map(n -> n.name)
                .toList();
    }

    /** The nodes of a kind. */
    public List<NodeSpec> nodes(NodeKind kind) {
        return scenario.topology.nodes.stream().filter(n -> n.kind == kind).toList();
    }
}
