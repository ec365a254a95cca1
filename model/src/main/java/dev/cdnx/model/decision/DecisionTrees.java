package dev.cdnx.model.decision;

import dev.cdnx.model.decision.DecisionTree.Answer;
import dev.cdnx.model.decision.DecisionTree.Question;
import dev.cdnx.model.decision.DecisionTree.Recommendation;
import dev.cdnx.model.scenario.DeliveryModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two trees of SPEC S5, as the five seed articles ask them. {@link #pullPush()} first asks whether
 * the traffic can be cached at all (seed 004's "when not to put a CDN in front": mostly personalised
 * traffic ends at the {@link #BYPASS} leaf), then how often content changes; both branches then ask
 * whether demand is predictable (seeds 001, 003 and 004 all send unpredictable traffic to pull), and
 * only predictable traffic goes on to the hit-ratio goal, or to catalog size and how requests spread. {@link #placement()} asks whether placement follows demand or a schedule, whether
 * pinned storage is cheap against what guaranteed placement protects, and whether the whole catalog or
 * only its head needs placing.
 */
public final class DecisionTrees {

    public static final String PULL_PUSH = "pull-push";
    public static final String PLACEMENT = "placement";

    private DecisionTrees() {}

    public static List<DecisionTree> all() {
        return List.of(pullPush(), placement());
    }

    /** The id of the leaf that says "do not put this traffic behind a cache". */
    public static final String BYPASS = "bypass-cdn";

    public static DecisionTree pullPush() {
        Map<String, Question> q = new LinkedHashMap<>();
        q.put(
                "cacheability",
                new Question(
                        "cacheability",
                        "Is the traffic the same for every user?",
                        "A cache can only help with responses it may keep and hand to the next user; per-user answers always go to the origin.",
                        List.of(
                                next("cacheable", "Yes, mostly shared, cacheable responses", "update-frequency"),
                                leaf(
                                        "personalised",
                                        "No, mostly personalised or uncacheable",
                                        rec(
                                                BYPASS,
                                                DeliveryModel.PULL,
                                                "Bypass the cache for it: no CDN in front of the personalised path",
                                                "Keep only the static shell and assets on a pull CDN; the per-user path goes straight to the origin.")))));
        q.put(
                "update-frequency",
                new Question(
                        "update-frequency",
                        "How often does the content change?",
                        "Content that changes often would need a new publish each time; on-demand fills follow changes for free.",
                        List.of(
                                next("frequent", "Frequently (hourly or daily)", "traffic-predictability"),
                                next("rare", "Rarely (weekly or never)", "stable-traffic-predictability"))));
        q.put(
                "traffic-predictability",
                new Question(
                        "traffic-predictability",
                        "Is the traffic predictable?",
                        "Placing bytes ahead of demand only helps when you know when and where demand will come.",
                        List.of(
                                leaf(
                                        "spiky",
                                        "Unpredictable, spiky",
                                        rec(
                                                "pull-spiky",
                                                DeliveryModel.PULL,
                                                "Pull CDN",
                                                "Lazy fills follow both the changes and the spikes without anyone planning them.")),
                                next("predictable", "Predictable or scheduled", "hit-ratio-need"))));
        q.put(
                "hit-ratio-need",
                new Question(
                        "hit-ratio-need",
                        "What hit ratio does the service need?",
                        "A pull cache settles in the low to mid nineties; only pre-placed copies guarantee every edge is warm.",
                        List.of(
                                leaf(
                                        "tolerate",
                                        "90–95% is enough",
                                        rec(
                                                "pull-good-enough",
                                                DeliveryModel.PULL,
                                                "Pull CDN",
                                                "Pull reaches a good enough hit ratio for this goal without a publish pipeline to run.")),
                                leaf(
                                        "need-99",
                                        "99% or more",
                                        rec(
                                                "push-guaranteed",
                                                DeliveryModel.PUSH,
                                                "Push CDN",
                                                "Only placing the bytes ahead of demand guarantees them at every edge.")))));
        q.put(
                "stable-traffic-predictability",
                new Question(
                        "stable-traffic-predictability",
                        "Is the demand for this stable content predictable?",
                        "Even content that never changes is only worth placing ahead of time when demand can be foreseen; a surprise spike is what lazy fills behind a shield absorb.",
                        List.of(
                                leaf(
                                        "spiky",
                                        "Unpredictable, spiky (viral)",
                                        rec(
                                                "pull-viral",
                                                DeliveryModel.PULL,
                                                "Pull CDN behind regional shields",
                                                "Nobody knows which object will spike or where; caches fill on the first miss and a shield turns many edge misses into one origin fetch.")),
                                next("predictable", "Predictable or scheduled", "catalog-size"))));
        q.put(
                "catalog-size",
                new Question(
                        "catalog-size",
                        "How large is the catalog?",
                        "Pinned storage grows with objects × locations; a small catalog can live everywhere cheaply.",
                        List.of(
                                next("large", "Large (hundreds of thousands of objects or more)", "access-pattern"),
                                leaf(
                                        "small",
                                        "Small (thousands of objects)",
                                        rec(
                                                "push-small",
                                                DeliveryModel.PUSH,
                                                "Push CDN",
                                                "A small, stable catalog is cheap to place everywhere once.")))));
        q.put(
                "access-pattern",
                new Question(
                        "access-pattern",
                        "How do requests spread over the catalog?",
                        "Storage spent on objects nobody asks for is wasted; demand-driven caches only keep what is asked for.",
                        List.of(
                                leaf(
                                        "long-tail",
                                        "Long tail (a few objects take most requests)",
                                        rec(
                                                "pull-long-tail",
                                                DeliveryModel.PULL,
                                                "Pull CDN",
                                                "Caches keep what is asked for, so the cold tail costs nothing.")),
                                leaf(
                                        "uniform",
                                        "Even (most objects are popular)",
                                        rec(
                                                "hybrid-even",
                                                DeliveryModel.HYBRID,
                                                "Hybrid",
                                                "Push the hot content, let the rest fill on demand.")))));
        return new DecisionTree(PULL_PUSH, "Pull or push?", "cacheability", q);
    }

    public static DecisionTree placement() {
        Map<String, Question> q = new LinkedHashMap<>();
        q.put(
                "placement-driver",
                new Question(
                        "placement-driver",
                        "Is placement driven by demand or by a schedule?",
                        "A known launch time is what makes placing bytes ahead of demand possible and worth it.",
                        List.of(
                                leaf(
                                        "demand",
                                        "Demand-driven",
                                        rec(
                                                "pull-demand",
                                                DeliveryModel.PULL,
                                                "Pull",
                                                "With no schedule to prepare for, caches filling on demand own nothing extra.")),
                                next("schedule", "Schedule-driven (a launch)", "storage-vs-value"))));
        q.put(
                "storage-vs-value",
                new Question(
                        "storage-vs-value",
                        "Is the standing storage cheaper than what guaranteed placement protects?",
                        "Pinned bytes are paid every month at every location; they must buy a launch without a fill storm.",
                        List.of(
                                next("storage-lower", "Yes, storage is small against the value", "catalog-scope"),
                                leaf(
                                        "storage-higher",
                                        "No, storage costs too much",
                                        rec(
                                                "pull-storage",
                                                DeliveryModel.PULL,
                                                "Pull",
                                                "Placement would cost more than the launch it protects; tune pull instead.")))));
        q.put(
                "catalog-scope",
                new Question(
                        "catalog-scope",
                        "Does the whole catalog need placing?",
                        "Only the launch set is hot at launch time; pinning the cold rest multiplies storage for nothing.",
                        List.of(
                                leaf(
                                        "head",
                                        "No, only the hot or launch subset",
                                        rec(
                                                "hybrid-head",
                                                DeliveryModel.HYBRID,
                                                "Hybrid: push the head, pull the tail",
                                                "Pin the launch set at the shields; the tail fills on demand.")),
                                leaf(
                                        "whole",
                                        "Yes, all of it (rare)",
                                        rec(
                                                "push-whole",
                                                DeliveryModel.PUSH,
                                                "Full push",
                                                "When the launch set is nearly the whole catalog, place all of it.")))));
        return new DecisionTree(PLACEMENT, "Where to place content?", "placement-driver", q);
    }

    private static Answer next(String id, String label, String next) {
        return new Answer(id, label, next, null);
    }

    private static Answer leaf(String id, String label, Recommendation r) {
        return new Answer(id, label, null, r);
    }

    private static Recommendation rec(String id, DeliveryModel m, String title, String why) {
        return new Recommendation(id, m, title, why);
    }
}
