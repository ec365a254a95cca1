package dev.cdnx.model.checks;

import static dev.cdnx.model.checks.Rule.fire;

import dev.cdnx.model.checks.CheckOutcome.Severity;
import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.HeadSize;
import dev.cdnx.model.scenario.CacheSpec;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import java.util.List;

/**
 * {@code push-exceeds-cache}: the push set is larger than the cache of a location it is pinned at. Pinned
 * copies are never evicted, so such a target has no room left for anything it would pull, and the engine
 * runs it that way. The set is the one the engine pushes: the push class (or the whole catalog) for push,
 * the hybrid head for hybrid; its bytes are the catalog's expected sizes. Targets are the shields when the
 * model pushes there and the drawing has some, else the edges.
 */
final class PushCapacityCheck {

    static final String ID = "push-exceeds-cache";

    private PushCapacityCheck() {}

    static ArchitectureCheck rule() {
        return new Rule(
                ID,
                "Push set larger than a target's cache",
                Severity.WARNING,
                "Push a smaller set (one class, or a smaller hybrid head), give the targets a cache larger than "
                        + "the set with room left for pulled content, or push to the shields, which have larger caches.",
                PushCapacityCheck::evaluate);
    }

    private static Rule.Fire evaluate(CheckContext ctx) {
        Scenario s = ctx.scenario();
        DeliveryModel model = s.delivery.model;
        if (model == null || model == DeliveryModel.PULL) {
            return null;
        }
        double setBytes = setBytes(s, model);
        if (setBytes <= 0) {
            return null;
        }
        boolean toShields = (model == DeliveryModel.HYBRID || "shields".equals(s.delivery.push.targets))
                && !ctx.nodes(NodeKind.SHIELD).isEmpty();
        List<NodeSpec> full = ctx.nodes(toShields ? NodeKind.SHIELD : NodeKind.EDGE).stream()
                .filter(n -> capacity(n) < setBytes)
                .toList();
        if (full.isEmpty()) {
            return null;
        }
        long smallest =
                full.stream().mapToLong(PushCapacityCheck::capacity).min().orElse(0);
        return fire(
                "the push set (" + DataSize.ofBytes(Math.round(setBytes)).toHumanString() + ") is larger than the "
                        + "cache of " + full.size() + " of its targets (the smallest holds "
                        + DataSize.ofBytes(smallest).toHumanString() + "): the pinned copies take the whole cache, so "
                        + "nothing pulled can be kept there",
                full.stream().map(n -> n.name).toList());
    }

    /** The expected bytes of what the engine pushes to each target. */
    static double setBytes(Scenario s, DeliveryModel model) {
        CatalogEstimate cat = new CatalogEstimate(s.workload);
        if (model == DeliveryModel.HYBRID) {
            return HeadSize.of(s, cat).bytes();
        }
        ContentClassSpec c =
                s.delivery.push.contentClass == null ? null : s.workload.contentClass(s.delivery.push.contentClass);
        return c != null ? cat.bytes(c) : cat.totalBytes();
    }

    private static long capacity(NodeSpec n) {
        CacheSpec c = n.cache == null ? new CacheSpec() : n.cache;
        return c.capacity == null ? 0 : c.capacity.bytes();
    }
}
