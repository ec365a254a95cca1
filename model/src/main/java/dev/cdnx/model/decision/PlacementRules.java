package dev.cdnx.model.decision;

import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.PriceSheet;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.Scenario;
import java.math.BigDecimal;
import java.util.List;

/**
 * Derives the answers of the placement tree from a scenario and a price sheet:
 * <ul>
 * <li>placement-driver: "schedule" when a users node has a launch profile, else "demand";</li>
 * <li>storage-vs-value: the launch set (the launched class's bytes) pinned at every target (the shields,
 * or the edges when there are none) for a month plus pushed once, against the egress bill of the launch
 * traffic (extra rate × length × mean object size, at the cheapest default tier); "storage-lower" when
 * placement costs under {@value #VALUE_SHARE_PERCENT}% of it, else "storage-higher";</li>
 * <li>catalog-scope: "head" when the launch set is under half of the catalog's bytes, else "whole".</li>
 * </ul>
 * A launch naming no known class counts as a launch of the whole catalog.
 */
final class PlacementRules {

    static final int VALUE_SHARE_PERCENT = 10;

    private final Scenario s;
    private final PriceSheet sheet;
    private final CatalogEstimate cat;

    PlacementRules(Scenario s, PriceSheet sheet) {
        this.s = s;
        this.sheet = sheet;
        this.cat = new CatalogEstimate(s.workload);
    }

    DerivedAnswer derive(String questionId) {
        return switch (questionId) {
            case "placement-driver" -> driver();
            case "storage-vs-value" -> storageVsValue();
            case "catalog-scope" -> scope();
            default -> null;
        };
    }

    private List<NodeSpec> launchers() {
        return s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.USERS
                        && n.users != null
                        && n.users.profile != null
                        && "launch".equals(n.users.profile.type))
                .toList();
    }

    private ContentClassSpec launchClass() {
        List<NodeSpec> l = launchers();
        return l.isEmpty() || l.get(0).users.profile.contentClass == null
                ? null
                : s.workload.contentClass(l.get(0).users.profile.contentClass);
    }

    private double launchBytes() {
        ContentClassSpec c = launchClass();
        return c == null ? cat.totalBytes() : cat.bytes(c);
    }

    private DerivedAnswer driver() {
        List<NodeSpec> l = launchers();
        if (l.isEmpty()) {
            return new DerivedAnswer("demand", "no users node has a scheduled launch; requests follow demand");
        }
        ProfileSpec p = l.get(0).users.profile;
        return new DerivedAnswer(
                "schedule",
                l.size() + " users node(s) launch "
                        + (p.contentClass == null ? "new content" : "class " + p.contentClass)
                        + (p.at == null ? "" : " at " + p.at));
    }

    private DerivedAnswer storageVsValue() {
        long shields =
                s.topology.nodes.stream().filter(n -> n.kind == NodeKind.SHIELD).count();
        long edges =
                s.topology.nodes.stream().filter(n -> n.kind == NodeKind.EDGE).count();
        long targets = shields > 0 ? shields : edges;
        BigDecimal gb = Money.gigabytes(Math.round(launchBytes()));
        BigDecimal perGb = unit(sheet.storage().amount(), sheet.storage().perQuantity())
                .add(unit(sheet.push().amount(), sheet.push().perQuantity()));
        BigDecimal placement = gb.multiply(BigDecimal.valueOf(targets)).multiply(perGb);
        BigDecimal value = launchEgressGb().multiply(cheapestDefaultPrice());
        boolean cheap = placement
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(value.multiply(BigDecimal.valueOf(VALUE_SHARE_PERCENT)))
                < 0;
        String because = "pinning and pushing " + Money.number(gb, 1) + " GB at " + targets + " "
                + (shields > 0 ? "shields" : "edges") + " costs " + Money.format(placement, sheet.currency())
                + " a month against " + Money.format(value, sheet.currency()) + " of launch egress it protects ("
                + (cheap ? "under " : "not under ") + VALUE_SHARE_PERCENT + "%)";
        return new DerivedAnswer(cheap ? "storage-lower" : "storage-higher", because);
    }

    private BigDecimal launchEgressGb() {
        ContentClassSpec c = launchClass();
        double mean = c == null ? cat.totalBytes() / Math.max(1, cat.totalObjects()) : CatalogEstimate.meanSize(c.size);
        double bytes = 0;
        for (NodeSpec n : launchers()) {
            ProfileSpec p = n.users.profile;
            double rate = p.extraRate == null ? 0 : p.extraRate.perSecond();
            double length = p.length == null ? 3600 : p.length.seconds();
            bytes += rate * length * mean;
        }
        return Money.gigabytes(Math.round(bytes));
    }

    private BigDecimal cheapestDefaultPrice() {
        BigDecimal min = null;
        for (PriceSheet.Tier t : sheet.egressTiers(PriceSheet.DEFAULT_REGION)) {
            BigDecimal p = unit(t.price().amount(), t.price().perQuantity());
            min = min == null || p.compareTo(min) < 0 ? p : min;
        }
        return min == null ? BigDecimal.ZERO : min;
    }

    private DerivedAnswer scope() {
        double launch = launchBytes();
        double total = cat.totalBytes();
        double share = total > 0 ? launch / total : 1;
        return new DerivedAnswer(
                share < 0.5 ? "head" : "whole",
                "the launch set is "
                        + Money.number(Money.gigabytes(Math.round(launch)), 1) + " GB, " + PullPushRules.pct(share)
                        + " of the catalog's " + Money.number(Money.gigabytes(Math.round(total)), 1) + " GB");
    }

    private static BigDecimal unit(BigDecimal amount, BigDecimal per) {
        return amount.divide(per, Money.MC);
    }
}
