package dev.cdnx.model.decision;

import dev.cdnx.model.scenario.DeliveryModel;
import java.util.List;

/**
 * What the two trees recommend together, and how their answers fit. The pull/push tree asks how the
 * content as a whole should reach the caches; the placement tree asks whether a scheduled launch makes
 * placing a set of bytes ahead of demand worth its storage. When the pull/push tree ends at the bypass
 * leaf, that wins (nothing is worth placing when nothing can be cached); when the placement tree finds a
 * launch, its answer decides (it weighed the launch's own bill); otherwise the pull/push tree decides,
 * because the placement tree only says "no schedule, no pre-placing".
 *
 * @param model     the model to run for the recommendation (pull for the bypass leaf: only the static
 *                  shell stays behind the CDN)
 * @param bypass    whether the trees say to keep the personalised path away from the cache
 * @param title     the recommendation's title, as the deciding tree words it
 * @param agree     whether both trees name the same model (and neither says bypass alone)
 * @param agreement one or two sentences: that the trees agree, or which question each answers and why
 *                  their answers differ
 * @param spiky     whether the pull/push tree found unpredictable, spiky demand (a push would have to guess
 *                  what to place)
 */
public record TreeVerdict(
        DeliveryModel model, boolean bypass, String title, boolean agree, String agreement, boolean spiky) {

    /** Combines the pull/push walk and the placement walk (either order in {@code results}). */
    public static TreeVerdict of(List<DecisionResult> results) {
        DecisionResult pp = find(results, DecisionTrees.PULL_PUSH);
        DecisionResult pl = find(results, DecisionTrees.PLACEMENT);
        DecisionTree.Recommendation a = pp.recommendation();
        DecisionTree.Recommendation b = pl.recommendation();
        if (DecisionTrees.BYPASS.equals(a.id())) {
            return new TreeVerdict(
                    a.model(),
                    true,
                    a.title(),
                    false,
                    "The pull/push tree stops at its first question: "
                            + pp.path().get(0).because() + ". The placement tree (" + b.title()
                            + ") assumes the traffic is worth caching, so its answer only applies to the static shell.",
                    false);
        }
        boolean schedule = "schedule".equals(pl.answerOf("placement-driver"));
        boolean spiky = pp.path().stream().anyMatch(st -> "spiky".equals(st.answerId()));
        if (a.model() == b.model()) {
            return new TreeVerdict(
                    a.model(),
                    false,
                    schedule ? b.title() : a.title(),
                    true,
                    "Both trees lead to " + a.model().label() + ".",
                    spiky);
        }
        if (schedule) {
            return new TreeVerdict(
                    b.model(),
                    false,
                    b.title(),
                    false,
                    "The pull/push tree answers how the whole "
                            + "catalog should be delivered (" + a.title() + ": " + a.rationale()
                            + ") The placement tree "
                            + "answers what to do for the scheduled launch (" + b.title() + ": " + b.rationale()
                            + ") Together they describe " + b.model().label()
                            + ": the launch set placed, the rest pulled.",
                    spiky);
        }
        return new TreeVerdict(
                a.model(),
                false,
                a.title(),
                false,
                "The placement tree only asks whether a launch "
                        + "schedule makes pre-placing worth it; there is none ("
                        + pl.path().get(0).because() + "), so it "
                        + "falls back to " + b.model().label() + ". The pull/push tree looks at the content itself and "
                        + "decides: " + a.title() + ". " + a.rationale(),
                spiky);
    }

    private static DecisionResult find(List<DecisionResult> results, String treeId) {
        return results.stream()
                .filter(r -> r.treeId().equals(treeId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no walk of the " + treeId + " tree"));
    }
}
