package dev.cdnx.model.decision;

import dev.cdnx.model.decision.DecisionTree.Recommendation;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;

/**
 * The advice that goes with a pull recommendation reached through spiky traffic: when the scenario has
 * several edges and no shield, each edge's first miss of a viral object goes to the origin on its own
 * (seed 001's viral story), so a regional shield with request coalescing is recommended beside the model.
 * Any other path, or a scenario that already has a shield or a single edge, gets no advice.
 */
final class ShieldAdvice {

    private ShieldAdvice() {}

    static List<String> of(Scenario s, List<DecisionResult.Step> path, Recommendation leaf) {
        boolean spiky = path.stream().anyMatch(st -> "spiky".equals(st.answerId()));
        if (!spiky || leaf.model() != DeliveryModel.PULL) {
            return List.of();
        }
        long shields =
                s.topology.nodes.stream().filter(n -> n.kind == NodeKind.SHIELD).count();
        long edges =
                s.topology.nodes.stream().filter(n -> n.kind == NodeKind.EDGE).count();
        if (shields > 0 || edges < 2) {
            return List.of();
        }
        return List.of("Add a regional shield with coalescing: with " + edges + " edges and no shield, a spike "
                + "on one object can cost up to " + edges + " origin fetches; behind one shield it costs one.");
    }
}
