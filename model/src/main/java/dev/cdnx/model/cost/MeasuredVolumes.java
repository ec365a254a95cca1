package dev.cdnx.model.cost;

import dev.cdnx.model.cost.MonthlyVolumes.Quantity;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.GeoMath;
import dev.cdnx.model.units.DataSize;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monthly volumes from a run. Steady flows (bytes served, requests, origin bytes, re-pushes of changed
 * objects) are multiplied by 30 days / the simulated seconds, and that factor is shown. One-off events
 * are not: a launch's requests, served bytes and fills, and the first publish of the push set, count
 * {@code pricing.launchesPerMonth} times (default once), see {@link RunSplit}. Served bytes are split
 * over regions by each region's share of edge requests. Pinned bytes are a level, not a flow: the copies
 * verified by the end of the run are resident all month. A run of zero seconds scales its steady traffic
 * by zero.
 */
public final class MeasuredVolumes {

    private MeasuredVolumes() {}

    /** Runs the scenario under {@code model} (same seed) and measures it. */
    public static RunResult run(Scenario s, DeliveryModel model) {
        return new Simulation(under(s, model)).run();
    }

    /** A copy of the scenario that delivers under {@code model}; the run {@link #run} makes is of this copy. */
    public static Scenario under(Scenario s, DeliveryModel model) {
        Scenario copy = ScenarioIO.copy(s);
        copy.delivery.model = model;
        return copy;
    }

    public static MonthlyVolumes of(Scenario s, RunResult r) {
        DeliveryModel model = DeliveryModel.fromId(r.model());
        BigDecimal scale = r.simulatedSeconds() <= 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(MonthlyVolumes.MONTH_SECONDS)
                        .divide(Money.decimal(r.simulatedSeconds()), Money.MC);
        BigDecimal launches = Money.decimal(s.pricing == null ? 1.0 : s.pricing.launches());
        RunSplit split = RunSplit.of(s, r);
        String factor = "×" + Money.number(scale, 2);
        String perMonth = "× " + Money.number(launches, 2) + " a month";
        String note = "steady traffic measured over " + Money.number(Money.decimal(r.simulatedSeconds()), 1)
                + " simulated s, scaled to 30 days (" + MonthlyVolumes.MONTH_SECONDS + " s): " + factor
                + "; one-off events (a launch, the first publish) counted " + perMonth;
        Mix served = new Mix(split.steadyServedBytes(), split.launchServedBytes(), scale, launches);
        String servedHow = served.bytesHow("users got", factor, perMonth, split);
        Map<String, Quantity> regions = new LinkedHashMap<>();
        Map<String, Long> byRegion = edgeRequestsByRegion(s, r);
        long edgeRequests =
                byRegion.values().stream().mapToLong(Long::longValue).sum();
        if (edgeRequests == 0) {
            regions.put(
                    PriceSheet.DEFAULT_REGION,
                    new Quantity(served.gigabytes(), "GB", servedHow + ", no edge requests to split by"));
        } else {
            for (Map.Entry<String, Long> e : byRegion.entrySet()) {
                BigDecimal share = BigDecimal.valueOf(e.getValue()).divide(BigDecimal.valueOf(edgeRequests), Money.MC);
                regions.put(
                        e.getKey(),
                        new Quantity(
                                served.gigabytes().multiply(share),
                                "GB",
                                servedHow + " × " + Money.number(share, 4) + " (the region's share of edge requests)"));
            }
        }
        Mix asked = new Mix(split.steadyRequests(), split.launchRequests(), scale, launches);
        Quantity requests = new Quantity(asked.value(), "requests", asked.countHow(factor, perMonth, split));
        BigDecimal fillScale = split.steadySeconds() <= 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(MonthlyVolumes.MONTH_SECONDS)
                        .divide(Money.decimal(split.steadySeconds()), Money.MC);
        Mix filled = new Mix(split.steadyOriginBytes(), split.launchOriginBytes(), fillScale, launches);
        String fillHow = split.steadySeconds() == r.simulatedSeconds()
                ? filled.bytesHow("origin sent", factor, perMonth, split)
                : filled.bytesHow(
                        "origin sent",
                        "×" + Money.number(fillScale, 2) + " (over the "
                                + Money.number(Money.decimal(split.steadySeconds()), 1) + " s before the launch)",
                        perMonth,
                        split);
        Quantity fill = new Quantity(filled.gigabytes(), "GB", fillHow);
        BigDecimal edgeMiss = BigDecimal.ONE.subtract(Money.decimal(r.edgeTier().byteHitRatio()));
        Quantity mid = hasShields(s)
                ? new Quantity(
                        served.gigabytes().multiply(edgeMiss),
                        "GB",
                        "the month's served GB × (1 − edge byte hit ratio "
                                + Money.number(Money.decimal(r.edgeTier().byteHitRatio()), 4)
                                + "): what edges fetched from their parents")
                : Quantity.zero("GB", "no shields: edges fetch straight from the origin");
        BigDecimal perTarget = r.pushTargets() <= 0
                ? BigDecimal.ZERO
                : Money.gigabytes(r.pinnedBytes()).divide(BigDecimal.valueOf(r.pushTargets()), Money.MC);
        Quantity resident = new Quantity(
                perTarget,
                "GB",
                "run pinned " + DataSize.ofBytes(r.pinnedBytes()).toHumanString() + " of verified copies over "
                        + r.pushTargets() + " targets, per target (resident all month, not scaled)");
        Quantity locations = new Quantity(BigDecimal.valueOf(r.pushTargets()), "locations", "push targets in the run");
        Mix published = new Mix(split.repushedBytes(), split.firstPublishBytes(), scale, launches);
        Quantity push = r.pushedBytes() == 0
                ? Quantity.zero("GB", "the run pushed nothing")
                : new Quantity(
                        published.gigabytes(),
                        "GB",
                        "one-off: the first publish sent "
                                + DataSize.ofBytes(split.firstPublishBytes()).toHumanString() + " " + perMonth
                                + "; steady: re-pushes of changed objects sent "
                                + DataSize.ofBytes(split.repushedBytes()).toHumanString() + " " + factor);
        double logSampling = s.pricing == null ? 1.0 : s.pricing.logSampling;
        return new MonthlyVolumes(
                model,
                "measured",
                scale,
                note,
                regions,
                requests,
                fill,
                mid,
                resident,
                locations,
                push,
                r.byteHitRatio(),
                r.hitRatio(),
                logSampling,
                MonthlyVolumes.invalidations(s));
    }

    /** A steady amount scaled with time plus a one-off amount counted per launch. */
    private record Mix(long steady, long once, BigDecimal scale, BigDecimal launches) {

        BigDecimal value() {
            return BigDecimal.valueOf(steady)
                    .multiply(scale)
                    .add(BigDecimal.valueOf(once).multiply(launches));
        }

        BigDecimal gigabytes() {
            return Money.gigabytes(steady)
                    .multiply(scale)
                    .add(Money.gigabytes(once).multiply(launches));
        }

        String bytesHow(String verb, String factor, String perMonth, RunSplit split) {
            String steadyPart =
                    "steady: " + verb + " " + DataSize.ofBytes(steady).toHumanString() + " " + factor;
            return split.hasLaunch()
                    ? steadyPart + "; one-off, " + split.launchName() + ": " + verb + " "
                            + DataSize.ofBytes(once).toHumanString() + " " + perMonth
                    : steadyPart;
        }

        String countHow(String factor, String perMonth, RunSplit split) {
            String steadyPart =
                    "steady: run had " + Money.number(BigDecimal.valueOf(steady), 0) + " requests " + factor;
            return split.hasLaunch()
                    ? steadyPart + "; one-off, " + split.launchName() + ": " + Money.number(BigDecimal.valueOf(once), 0)
                            + " requests " + perMonth
                    : steadyPart;
        }
    }

    private static boolean hasShields(Scenario s) {
        return s.topology.nodes.stream().anyMatch(n -> n.kind == NodeKind.SHIELD);
    }

    /** Requests per pricing region, counted at the edges (a node's region, or derived from lat/lon). */
    static Map<String, Long> edgeRequestsByRegion(Scenario s, RunResult r) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (RunResult.NodeStats n : r.nodes()) {
            if (!"edge".equals(n.kind()) || n.requests() == 0) {
                continue;
            }
            out.merge(regionOf(s.node(n.name())), n.requests(), Long::sum);
        }
        return out;
    }

    /** A node's pricing region, "default" when it has neither a region nor coordinates. */
    public static String regionOf(NodeSpec n) {
        if (n == null) {
            return PriceSheet.DEFAULT_REGION;
        }
        if (n.region != null && !n.region.isBlank()) {
            return n.region;
        }
        return n.hasGeo() ? GeoMath.regionOf(n.lat, n.lon) : PriceSheet.DEFAULT_REGION;
    }
}
