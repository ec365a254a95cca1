package dev.cdnx.model.cost;

import dev.cdnx.model.cost.MonthlyVolumes.Quantity;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.VolumesSpec;
import dev.cdnx.model.units.SimDuration;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monthly volumes from the scenario's typed {@code volumes} block, for one model and one byte hit ratio h:
 * egress split by {@code regionShares} (normalised; none means all of it at the sheet's default price);
 * origin fill = egress × (1 − f) × (1 − h), where f is the share of egress the pushed content serves
 * (0 under pull, 1 for a whole-catalog push); pushed bytes are {@code pushedBytes} (push) or
 * {@code headBytes} (hybrid), estimated from the workload when left out; locations are
 * {@code pushLocations} or the number of push targets in the drawing; push transfer = resident ×
 * locations × publishes a month (1 + the changes a month of the pushed content when re-push on change
 * is on). No volumes block gives all zeros.
 */
public final class TypedVolumes {

    private TypedVolumes() {}

    /** The byte hit ratios the typed block asks to compare, or {0.95} when it lists none. */
    public static double[] hitRatios(Scenario s) {
        VolumesSpec v = s.volumes;
        return v == null || v.byteHitRatios == null || v.byteHitRatios.length == 0
                ? new double[] {0.95}
                : v.byteHitRatios.clone();
    }

    public static MonthlyVolumes of(Scenario s, DeliveryModel model, double h) {
        VolumesSpec v = s.volumes == null ? new VolumesSpec() : s.volumes;
        BigDecimal egress = v.egressPerMonth == null ? BigDecimal.ZERO : Money.gigabytes(v.egressPerMonth.bytes());
        String egressHow =
                "typed volumes.egressPerMonth " + (v.egressPerMonth == null ? "(not set)" : v.egressPerMonth);
        Map<String, Quantity> regions = split(egress, v.regionShares, egressHow);
        BigDecimal requests = BigDecimal.valueOf(v.requestsPerMonth == null ? 0 : v.requestsPerMonth);
        BigDecimal hd = Money.decimal(h);
        CatalogEstimate cat = new CatalogEstimate(s.workload);
        Quantity resident = Quantity.zero("GB", "pull pins nothing");
        Quantity locations = Quantity.zero("locations", "pull places nothing ahead of demand");
        Quantity push = Quantity.zero("GB", "pull pushes nothing");
        BigDecimal f = BigDecimal.ZERO;
        String fHow = "pull: nothing is pushed";
        if (model != DeliveryModel.PULL) {
            PushedSet set = model == DeliveryModel.PUSH ? pushSet(s, v, cat) : headSet(s, v, cat);
            f = Money.decimal(set.egressShare);
            fHow = set.shareHow;
            resident = new Quantity(set.gb, "GB", set.how);
            int n = v.pushLocations != null ? v.pushLocations : targets(s, model);
            locations = new Quantity(
                    BigDecimal.valueOf(n),
                    "locations",
                    v.pushLocations != null
                            ? "typed volumes.pushLocations"
                            : "the " + targetKind(s, model) + " in the drawing");
            BigDecimal pushes = BigDecimal.valueOf(publishes(s, set.changeEvery));
            push = new Quantity(
                    set.gb.multiply(BigDecimal.valueOf(n)).multiply(pushes),
                    "GB",
                    Money.number(set.gb, 3) + " GB × " + n + " locations × " + pushes + " publish(es) a month");
        }
        BigDecimal fill = egress.multiply(BigDecimal.ONE.subtract(f)).multiply(BigDecimal.ONE.subtract(hd));
        Quantity originFill = new Quantity(
                fill,
                "GB",
                Money.number(egress, 3) + " GB egress × (1 − pushed share " + f.toPlainString()
                        + ") × (1 − byte hit ratio " + hd.toPlainString() + "); pushed share: " + fHow);
        return new MonthlyVolumes(
                model,
                "typed",
                BigDecimal.ONE,
                "typed monthly volumes, no scaling",
                regions,
                new Quantity(requests, "requests", "typed volumes.requestsPerMonth"),
                originFill,
                Quantity.zero("GB", "typed volumes do not say how much crosses from shields to edges"),
                resident,
                locations,
                push,
                h,
                Double.NaN,
                s.pricing == null ? 1.0 : s.pricing.logSampling,
                MonthlyVolumes.invalidations(s));
    }

    static Map<String, Quantity> split(BigDecimal total, Map<String, Double> shares, String how) {
        Map<String, Quantity> out = new LinkedHashMap<>();
        double sum = 0;
        if (shares != null) {
            for (double d : shares.values()) {
                sum += Math.max(0, d);
            }
        }
        if (sum <= 0) {
            out.put(
                    dev.cdnx.model.cost.PriceSheet.DEFAULT_REGION,
                    new Quantity(total, "GB", how + ", no region shares"));
            return out;
        }
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            BigDecimal share = Money.decimal(Math.max(0, e.getValue())).divide(Money.decimal(sum), Money.MC);
            out.put(
                    e.getKey(),
                    new Quantity(total.multiply(share), "GB", how + " × region share " + Money.number(share, 4)));
        }
        return out;
    }

    private record PushedSet(BigDecimal gb, String how, double egressShare, String shareHow, SimDuration changeEvery) {}

    private static PushedSet pushSet(Scenario s, VolumesSpec v, CatalogEstimate cat) {
        ContentClassSpec c =
                s.delivery.push.contentClass == null ? null : s.workload.contentClass(s.delivery.push.contentClass);
        double share = c == null ? 1.0 : cat.requestShare(c);
        String shareHow = c == null
                ? "the whole catalog is pushed"
                : "class " + c.name + " gets " + Money.number(Money.decimal(share), 4) + " of requests";
        SimDuration change = c == null ? fastestChange(s) : c.changeEvery;
        if (v.pushedBytes != null) {
            return new PushedSet(
                    Money.gigabytes(v.pushedBytes.bytes()), "typed volumes.pushedBytes", share, shareHow, change);
        }
        double bytes = c == null ? cat.totalBytes() : cat.bytes(c);
        return new PushedSet(
                Money.gigabytes(Math.round(bytes)),
                "estimated from the workload (" + (c == null ? "whole catalog" : "class " + c.name) + ")",
                share,
                shareHow,
                change);
    }

    private static PushedSet headSet(Scenario s, VolumesSpec v, CatalogEstimate cat) {
        HeadSize head = HeadSize.of(s, cat);
        double share = v.headShare != null ? v.headShare : head.requestShare();
        String shareHow = v.headShare != null ? "typed volumes.headShare" : head.how();
        if (v.headBytes != null) {
            return new PushedSet(
                    Money.gigabytes(v.headBytes.bytes()),
                    "typed volumes.headBytes",
                    share,
                    shareHow,
                    head.changeEvery());
        }
        return new PushedSet(
                Money.gigabytes(Math.round(head.bytes())),
                "estimated head: " + head.how(),
                share,
                shareHow,
                head.changeEvery());
    }

    private static SimDuration fastestChange(Scenario s) {
        SimDuration fastest = SimDuration.NEVER;
        for (ContentClassSpec c : s.workload.classes) {
            if (c.changeEvery != null && c.changeEvery.compareTo(fastest) < 0) {
                fastest = c.changeEvery;
            }
        }
        return fastest;
    }

    /** Publishes a month: one, plus one per change of the pushed content when re-push on change is on. */
    static long publishes(Scenario s, SimDuration changeEvery) {
        if (!s.delivery.push.repushOnChange
                || changeEvery == null
                || changeEvery.isInfinite()
                || changeEvery.seconds() <= 0) {
            return 1;
        }
        return 1 + (long) Math.floor(MonthlyVolumes.MONTH_SECONDS / changeEvery.seconds());
    }

    static String targetKind(Scenario s, DeliveryModel model) {
        boolean shields = false;
        for (NodeSpec node : s.topology.nodes) {
            shields |= node.kind == NodeKind.SHIELD;
        }
        boolean wants = model == DeliveryModel.HYBRID || "shields".equals(s.delivery.push.targets);
        return wants && shields ? "shields" : "edges";
    }

    static int targets(Scenario s, DeliveryModel model) {
        NodeKind kind = targetKind(s, model).equals("shields") ? NodeKind.SHIELD : NodeKind.EDGE;
        int n = 0;
        for (NodeSpec node : s.topology.nodes) {
            if (node.kind == kind) {
                n++;
            }
        }
        return n;
    }
}
