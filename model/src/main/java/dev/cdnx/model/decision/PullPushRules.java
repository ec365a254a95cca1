package dev.cdnx.model.decision;

import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.ZipfShare;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.util.Locale;

/**
 * Derives the answers of the pull/push tree from a scenario:
 * <ul>
 * <li>update-frequency: "frequent" when at least half of the objects are in classes that change at
 * least once a day ({@link #DAY} or faster), else "rare";</li>
 * <li>traffic-predictability: "spiky" when any users node has a flash crowd, else "predictable"
 * (steady, diurnal and scheduled launches can all be planned for);</li>
 * <li>hit-ratio-need: "need-99" when {@code decisions.hitRatioGoal} is 0.99 or more, else "tolerate"
 * (no goal counts as 0.95);</li>
 * <li>catalog-size: "large" from {@value #LARGE_CATALOG} objects up, else "small";</li>
 * <li>access-pattern: "long-tail" when the top 20% of the ranked catalog get at least half of the
 * requests under its Zipf law, else "uniform".</li>
 * </ul>
 */
final class PullPushRules {

    static final double DAY = 86_400;
    static final long LARGE_CATALOG = 100_000;
    static final double DEFAULT_GOAL = 0.95;

    private final Scenario s;
    private final CatalogEstimate cat;

    PullPushRules(Scenario s) {
        this.s = s;
        this.cat = new CatalogEstimate(s.workload);
    }

    DerivedAnswer derive(String questionId) {
        switch (questionId) {
            case "update-frequency":
                return updateFrequency();
            case "traffic-predictability":
                return predictability();
            case "hit-ratio-need":
                return hitRatioNeed();
            case "catalog-size":
                return catalogSize();
            case "access-pattern":
                return accessPattern();
            default:
                return null;
        }
    }

    private DerivedAnswer updateFrequency() {
        double total = 0;
        double daily = 0;
        ContentClassSpec fastest = null;
        for (ContentClassSpec c : s.workload.classes) {
            double n = cat.objects(c);
            total += n;
            if (c.changeEvery != null && !c.changeEvery.isInfinite() && c.changeEvery.seconds() <= DAY) {
                daily += n;
            }
            if (c.changeEvery != null && (fastest == null || c.changeEvery.compareTo(fastest.changeEvery) < 0)) {
                fastest = c;
            }
        }
        double share = total > 0 ? daily / total : 0;
        String fastestText = fastest == null || fastest.changeEvery.isInfinite() ? "nothing ever changes"
                : "the fastest, class " + fastest.name + ", changes every " + fastest.changeEvery;
        String because = pct(share) + " of the objects change at least once a day (" + fastestText + ")";
        return new DerivedAnswer(share >= 0.5 ? "frequent" : "rare", because);
    }

    private DerivedAnswer predictability() {
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.USERS && n.users != null && n.users.profile != null
                    && "flash".equals(n.users.profile.type)) {
                SimDuration at = n.users.profile.at;
                return new DerivedAnswer("spiky", n.name + " has an unscheduled flash crowd"
                        + (at == null ? "" : " at " + at));
            }
        }
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.USERS && n.users != null && n.users.profile != null
                    && "launch".equals(n.users.profile.type)) {
                return new DerivedAnswer("predictable", n.name + " has a scheduled launch"
                        + (n.users.profile.at == null ? "" : " at " + n.users.profile.at) + " and no users node has a flash crowd");
            }
        }
        return new DerivedAnswer("predictable", "every users node is steady or diurnal; none has a flash crowd");
    }

    private DerivedAnswer hitRatioNeed() {
        Double goal = s.decisions == null ? null : s.decisions.hitRatioGoal;
        double g = goal == null ? DEFAULT_GOAL : goal;
        String src = goal == null ? "no decisions.hitRatioGoal is set, so the goal is taken as " + pct(g)
                : "decisions.hitRatioGoal is " + pct(g);
        return new DerivedAnswer(g >= 0.99 ? "need-99" : "tolerate", src + (g >= 0.99 ? " (99% or more)" : " (below 99%)"));
    }

    private DerivedAnswer catalogSize() {
        long n = cat.totalObjects();
        return new DerivedAnswer(n >= LARGE_CATALOG ? "large" : "small", "the catalog has "
                + String.format(Locale.ROOT, "%,d", n) + " objects (large from "
                + String.format(Locale.ROOT, "%,d", LARGE_CATALOG) + ")");
    }

    private DerivedAnswer accessPattern() {
        long n = cat.rankedObjects();
        double share = ZipfShare.topFractionShare(n, s.workload.alpha, 0.2);
        String because = "the top 20% of objects get " + pct(share) + " of requests (Zipf α "
                + s.workload.alpha + " over " + String.format(Locale.ROOT, "%,d", n) + " objects)";
        return new DerivedAnswer(share >= 0.5 ? "long-tail" : "uniform", because);
    }

    static String pct(double v) {
        return Money.number(Money.decimal(Math.round(v * 1000) / 10.0), 1) + "%";
    }
}
