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
 * Monthly volumes from a run: every flow the engine measured (bytes served, requests, origin bytes,
 * shield to edge bytes) is multiplied by 30 days / the simulated seconds, and that factor is shown.
 * Served bytes are split over regions by each region's share of edge requests. Levels are not scaled:
 * pinned bytes are resident all month, and the run's pushed bytes are taken as the month's publishing
 * (a publish is an event, not a rate). A run of zero seconds gives a factor of zero (an empty bill).
 */
public final class MeasuredVolumes {

    private MeasuredVolumes() {
    }

    /** Runs the scenario under {@code model} (same seed) and measures it. */
    public static RunResult run(Scenario s, DeliveryModel model) {
        Scenario copy = ScenarioIO.copy(s);
        copy.delivery.model = model;
        return new Simulation(copy).run();
    }

    public static MonthlyVolumes of(Scenario s, RunResult r) {
        DeliveryModel model = DeliveryModel.fromId(r.model());
        BigDecimal scale = r.simulatedSeconds() <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(MonthlyVolumes.MONTH_SECONDS).divide(Money.decimal(r.simulatedSeconds()), Money.MC);
        String factor = "×" + Money.number(scale, 2);
        String note = "measured over " + Money.number(Money.decimal(r.simulatedSeconds()), 1)
                + " simulated s, scaled to 30 days (" + MonthlyVolumes.MONTH_SECONDS + " s): " + factor;
        Map<String, Quantity> regions = new LinkedHashMap<>();
        BigDecimal served = Money.gigabytes(r.bytesRequested()).multiply(scale);
        String servedHow = "run served " + DataSize.ofBytes(r.bytesRequested()).toHumanString() + " " + factor;
        Map<String, Long> byRegion = edgeRequestsByRegion(s, r);
        long edgeRequests = byRegion.values().stream().mapToLong(Long::longValue).sum();
        if (edgeRequests == 0) {
            regions.put(PriceSheet.DEFAULT_REGION, new Quantity(served, "GB", servedHow + ", no edge requests to split by"));
        } else {
            for (Map.Entry<String, Long> e : byRegion.entrySet()) {
                BigDecimal share = BigDecimal.valueOf(e.getValue()).divide(BigDecimal.valueOf(edgeRequests), Money.MC);
                regions.put(e.getKey(), new Quantity(served.multiply(share), "GB", servedHow + " × "
                        + Money.number(share, 4) + " (the region's share of edge requests)"));
            }
        }
        Quantity requests = new Quantity(BigDecimal.valueOf(r.requests()).multiply(scale), "requests",
                "run had " + Money.number(BigDecimal.valueOf(r.requests()), 0) + " requests " + factor);
        Quantity fill = new Quantity(Money.gigabytes(r.originBytes()).multiply(scale), "GB", "origin sent "
                + DataSize.ofBytes(r.originBytes()).toHumanString() + " in the run " + factor);
        long edgeMissBytes = Math.round(r.bytesRequested() * (1 - r.edgeTier().byteHitRatio()));
        Quantity mid = hasShields(s) ? new Quantity(Money.gigabytes(edgeMissBytes).multiply(scale), "GB",
                "edges fetched " + DataSize.ofBytes(edgeMissBytes).toHumanString()
                        + " from their parents (served × (1 − edge byte hit ratio)) " + factor)
                : Quantity.zero("GB", "no shields: edges fetch straight from the origin");
        BigDecimal perTarget = r.pushTargets() <= 0 ? BigDecimal.ZERO
                : Money.gigabytes(r.pinnedBytes()).divide(BigDecimal.valueOf(r.pushTargets()), Money.MC);
        Quantity resident = new Quantity(perTarget, "GB", "run pinned " + DataSize.ofBytes(r.pinnedBytes()).toHumanString()
                + " over " + r.pushTargets() + " targets, per target (resident all month, not scaled)");
        Quantity locations = new Quantity(BigDecimal.valueOf(r.pushTargets()), "locations", "push targets in the run");
        Quantity push = new Quantity(Money.gigabytes(r.pushedBytes()), "GB",
                "bytes the run pushed (one publish counted once a month, not scaled)");
        double logSampling = s.pricing == null ? 1.0 : s.pricing.logSampling;
        return new MonthlyVolumes(model, "measured", scale, note, regions, requests, fill, mid, resident,
                locations, push, r.byteHitRatio(), r.hitRatio(), logSampling);
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
