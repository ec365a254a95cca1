package dev.cdnx.model.decision;

import dev.cdnx.model.checks.CacheHeaders;
import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.ZipfShare;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives the answers of the pull/push tree from a scenario (and, when one is given, a run of it):
 * <ul>
 * <li>cacheability: "personalised" when at least {@value #PERSONALISED_SHARE} of the requests go to
 * classes whose Cache-Control forbids a shared cache to keep them ({@code private}, {@code no-store},
 * {@code no-cache} or no lifetime), else "cacheable"; a run adds its measured hit ratio as a witness;</li>
 * <li>update-frequency: "frequent" when at least {@value #FREQUENT_SHARE} of the requests or of the
 * requested bytes go to classes that change hourly ({@link #HOUR}) or faster, else "rare". Requests
 * follow each class's share of the Zipf-ranked catalog; bytes weigh them by the class's mean size;</li>
 * <li>traffic-predictability and stable-traffic-predictability: "spiky" when any users node has a flash
 * crowd, else "predictable" (steady, diurnal and scheduled launches can all be planned for);</li>
 * <li>hit-ratio-need: "need-99" when {@code decisions.hitRatioGoal} is 0.99 or more, else "tolerate"
 * (no goal counts as 0.95);</li>
 * <li>catalog-size: "large" from {@value #LARGE_CATALOG} objects up, else "small";</li>
 * <li>access-pattern: "long-tail" when the top 20% of the ranked catalog get at least half of the
 * requests under its Zipf law, else "uniform".</li>
 * </ul>
 * Every sentence names the figures it used; they are the scenario's (or the run's) own numbers.
 */
final class PullPushRules {

    static final double HOUR = 3_600;
    static final double FREQUENT_SHARE = 0.25;
    static final double PERSONALISED_SHARE = 0.5;
    static final long LARGE_CATALOG = 100_000;
    static final double DEFAULT_GOAL = 0.95;

    private final Scenario s;
    private final RunResult run;
    private final CatalogEstimate cat;

    /** {@code run} may be null: the answers then rest on the scenario alone. */
    PullPushRules(Scenario s, RunResult run) {
        this.s = s;
        this.run = run;
        this.cat = new CatalogEstimate(s.workload);
    }

    DerivedAnswer derive(String questionId) {
        return switch (questionId) {
            case "cacheability" -> cacheability();
            case "update-frequency" -> updateFrequency();
            case "traffic-predictability", "stable-traffic-predictability" -> predictability();
            case "hit-ratio-need" -> hitRatioNeed();
            case "catalog-size" -> catalogSize();
            case "access-pattern" -> accessPattern();
            default -> null;
        };
    }

    private DerivedAnswer cacheability() {
        double share = 0;
        List<String> names = new ArrayList<>();
        for (ContentClassSpec c : s.workload.classes) {
            if (!CacheHeaders.cacheable(c)) {
                share += cat.requestShare(c);
                names.add(c.name + " (\"" + CacheHeaders.cacheControl(c) + "\")");
            }
        }
        boolean personal = share >= PERSONALISED_SHARE;
        String because = pct(share) + " of requests go to classes a shared cache may not keep"
                + (names.isEmpty() ? "" : ": " + String.join(", ", names)) + " (bypass from " + pct(PERSONALISED_SHARE)
                + ")";
        if (run != null && run.requests() > 0) {
            because += "; the run answered " + pct(run.hitRatio()) + " of its requests from cache";
        }
        return new DerivedAnswer(personal ? "personalised" : "cacheable", because);
    }

    private DerivedAnswer updateFrequency() {
        double requests = 0;
        double bytes = 0;
        double allBytes = 0;
        List<String> fast = new ArrayList<>();
        for (ContentClassSpec c : s.workload.classes) {
            double r = cat.requestShare(c);
            double b = r * CatalogEstimate.meanSize(c.size);
            allBytes += b;
            if (changesHourlyOrFaster(c)) {
                requests += r;
                bytes += b;
                fast.add(c.name + " every " + c.changeEvery);
            }
        }
        double byteShare = allBytes > 0 ? bytes / allBytes : 0;
        boolean frequent = requests >= FREQUENT_SHARE || byteShare >= FREQUENT_SHARE;
        String because =
                pct(requests) + " of requests and " + pct(byteShare) + " of requested bytes go to objects that "
                        + "change hourly or faster"
                        + (fast.isEmpty() ? " (no class does)" : " (" + String.join(", ", fast) + ")")
                        + "; frequent from " + pct(FREQUENT_SHARE) + " of either";
        return new DerivedAnswer(frequent ? "frequent" : "rare", because);
    }

    static boolean changesHourlyOrFaster(ContentClassSpec c) {
        return c.changeEvery != null && !c.changeEvery.isInfinite() && c.changeEvery.seconds() <= HOUR;
    }

    private DerivedAnswer predictability() {
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.USERS
                    && n.users != null
                    && n.users.profile != null
                    && "flash".equals(n.users.profile.type)) {
                SimDuration at = n.users.profile.at;
                return new DerivedAnswer(
                        "spiky", n.name + " has an unscheduled flash crowd" + (at == null ? "" : " at " + at));
            }
        }
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.USERS
                    && n.users != null
                    && n.users.profile != null
                    && "launch".equals(n.users.profile.type)) {
                return new DerivedAnswer(
                        "predictable",
                        n.name + " has a scheduled launch"
                                + (n.users.profile.at == null ? "" : " at " + n.users.profile.at)
                                + " and no users node has a flash crowd");
            }
        }
        return new DerivedAnswer("predictable", "every users node is steady or diurnal; none has a flash crowd");
    }

    private DerivedAnswer hitRatioNeed() {
        Double goal = s.decisions == null ? null : s.decisions.hitRatioGoal;
        double g = goal == null ? DEFAULT_GOAL : goal;
        String src = goal == null
                ? "no decisions.hitRatioGoal is set, so the goal is taken as " + pct(g)
                : "decisions.hitRatioGoal is " + pct(g);
        return new DerivedAnswer(
                g >= 0.99 ? "need-99" : "tolerate", src + (g >= 0.99 ? " (99% or more)" : " (below 99%)"));
    }

    private DerivedAnswer catalogSize() {
        long n = cat.totalObjects();
        return new DerivedAnswer(
                n >= LARGE_CATALOG ? "large" : "small",
                "the catalog has "
                        + String.format(Locale.ROOT, "%,d", n) + " objects (large from "
                        + String.format(Locale.ROOT, "%,d", LARGE_CATALOG) + ")");
    }

    private DerivedAnswer accessPattern() {
        long n = cat.rankedObjects();
        double share = ZipfShare.topFractionShare(n, s.workload.alpha, 0.2);
        String because = "the top 20% of objects get " + pct(share) + " of requests (Zipf α " + s.workload.alpha
                + " over " + String.format(Locale.ROOT, "%,d", n) + " objects)";
        return new DerivedAnswer(share >= 0.5 ? "long-tail" : "uniform", because);
    }

    static String pct(double v) {
        return Money.number(Money.decimal(Math.round(v * 1000) / 10.0), 1) + "%";
    }
}
