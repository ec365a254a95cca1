package dev.cdnx.model.checks;

import static dev.cdnx.model.checks.ContentChecks.pct;
import static dev.cdnx.model.checks.Rule.fire;
import static dev.cdnx.model.checks.Rule.skipped;

import dev.cdnx.model.checks.CheckOutcome.Severity;
import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.Money;
import dev.cdnx.model.cost.ZipfShare;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import java.math.BigDecimal;
import java.util.List;

/** Checks about push and about the bill: a pushed cold tail, unverified pushes, log cost. */
final class DeliveryChecks {

    /** Logs above this share of the CDN egress bill deserve a look. */
    static final BigDecimal LOG_SHARE = new BigDecimal("0.10");

    private DeliveryChecks() {}

    static List<ArchitectureCheck> all() {
        return List.of(pushColdTail(), pushUnverified(), logCostShare());
    }

    static ArchitectureCheck pushColdTail() {
        return new Rule(
                "push-cold-tail",
                "Whole catalog pushed while most of it is cold",
                Severity.WARNING,
                "Push only the hot head or the launch set (hybrid) and let the long tail fill on demand.",
                ctx -> {
                    Scenario s = ctx.scenario();
                    if (s.delivery.model != DeliveryModel.PUSH || s.delivery.push.contentClass != null) {
                        return null;
                    }
                    CatalogEstimate cat = new CatalogEstimate(s.workload);
                    long n = cat.rankedObjects();
                    double coldShare = 1 - ZipfShare.topFractionShare(n, s.workload.alpha, 0.2);
                    if (coldShare > 0.5) {
                        return null;
                    }
                    List<String> targets = "shields".equals(s.delivery.push.targets)
                                    && !ctx.names(NodeKind.SHIELD).isEmpty()
                            ? ctx.names(NodeKind.SHIELD)
                            : ctx.names(NodeKind.EDGE);
                    BigDecimal gb = Money.gigabytes(Math.round(cat.totalBytes()));
                    return fire(
                            "the whole catalog (" + Money.number(gb, 1) + " GB) is pinned at " + targets.size()
                                    + " locations, yet 80% of its objects get only " + pct(coldShare)
                                    + " of requests: most of the pinned bytes are paid for and rarely read",
                            targets);
                });
    }

    static ArchitectureCheck pushUnverified() {
        return new Rule(
                "push-unverified",
                "Push without verification",
                Severity.WARNING,
                "Verify every pushed copy (checksum per location), keep the previous version so a rollback is a "
                        + "pointer flip, and push to a few canary locations before the rest.",
                ctx -> {
                    Scenario s = ctx.scenario();
                    if (s.delivery.model == DeliveryModel.PULL || s.delivery.push.verify) {
                        return null;
                    }
                    List<String> targets =
                            s.delivery.model == DeliveryModel.HYBRID || "shields".equals(s.delivery.push.targets)
                                    ? ctx.names(NodeKind.SHIELD)
                                    : ctx.names(NodeKind.EDGE);
                    return fire(
                            s.delivery.model.label() + " places bytes at " + targets.size()
                                    + " locations without checking them: a partial or bad push goes unnoticed and counts "
                                    + "as warm",
                            targets);
                });
    }

    static ArchitectureCheck logCostShare() {
        return new Rule(
                "log-cost-share",
                "Logs cost more than a tenth of egress",
                Severity.ADVICE,
                "Sample logs for analytics (pricing.logSampling), keep full logs only where security or "
                        + "compliance needs them, and show log cost beside bandwidth cost.",
                ctx -> {
                    CostBreakdown b = ctx.pullCost();
                    if (b == null) {
                        throw skipped("needs a bill: typed volumes or a run, and a price sheet");
                    }
                    BigDecimal logs = b.term("logs").amount();
                    BigDecimal egress = b.term("cdnEgress").amount();
                    if (egress.signum() == 0 || logs.compareTo(egress.multiply(LOG_SHARE)) <= 0) {
                        return null;
                    }
                    BigDecimal share = logs.divide(egress, Money.MC);
                    return fire(
                            "logs cost " + Money.format(logs, b.currency()) + " a month, "
                                    + pct(share.doubleValue()) + " of the " + Money.format(egress, b.currency())
                                    + " CDN egress bill (sampling "
                                    + b.volumes().logSampling() + ")",
                            List.of());
                });
    }
}
