package dev.cdnx.model.cost;

import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.HybridSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;

/**
 * The hot head a hybrid delivery pushes, as the engine chooses it: the objects of
 * {@code hybrid.contentClass}, else the top {@code headObjects}, else the top {@code headPercent} percent
 * of the ranked catalog (rounded), else nothing. Its bytes, its share of the steady requests (Zipf share
 * of the top K, or the class's share) and how often it changes.
 */
public record HeadSize(long objects, double bytes, double requestShare, SimDuration changeEvery, String how) {

    public static HeadSize of(Scenario s, CatalogEstimate cat) {
        HybridSpec h = s.delivery.hybrid == null ? new HybridSpec() : s.delivery.hybrid;
        if (h.contentClass != null && s.workload.contentClass(h.contentClass) != null) {
            ContentClassSpec c = s.workload.contentClass(h.contentClass);
            double share = cat.requestShare(c);
            return new HeadSize(
                    Math.round(cat.objects(c)),
                    cat.bytes(c),
                    share,
                    c.changeEvery,
                    "class " + c.name + ", " + Math.round(cat.objects(c)) + " objects"
                            + (c.objects != null
                                    ? " outside the steady ranking (its launch traffic is not in the steady share)"
                                    : ", " + Money.number(Money.decimal(share), 4) + " of requests"));
        }
        return topK(s, cat, h.topObjects(cat.rankedObjects()));
    }

    /** The top k objects of the ranked catalog. */
    public static HeadSize topK(Scenario s, CatalogEstimate cat, long k) {
        long n = cat.rankedObjects();
        double share = ZipfShare.topShare(n, s.workload.alpha, k);
        return new HeadSize(
                k,
                k * cat.rankedMeanSize(),
                share,
                fastestRankedChange(s),
                "top " + k + " of " + n + " objects, Zipf α " + s.workload.alpha + " gives them "
                        + Money.number(Money.decimal(share), 4) + " of requests");
    }

    private static SimDuration fastestRankedChange(Scenario s) {
        SimDuration fastest = SimDuration.NEVER;
        for (ContentClassSpec c : s.workload.classes) {
            if (c.objects == null && c.changeEvery != null && c.changeEvery.compareTo(fastest) < 0) {
                fastest = c.changeEvery;
            }
        }
        return fastest;
    }
}
