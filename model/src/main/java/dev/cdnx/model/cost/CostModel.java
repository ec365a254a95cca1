package dev.cdnx.model.cost;

import dev.cdnx.model.cost.MonthlyVolumes.Quantity;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices monthly volumes with a sheet (SPEC S4), always with the same eight terms in the same order:
 * CDN egress (per region, tier by tier), request fees, origin egress on fills, shield-to-edge transfer,
 * pinned storage, push transfer, pipeline operations and logs. Pull has no storage, push or pipeline
 * cost; push and hybrid pay the pipeline's flat monthly cost. Note that a miss is charged twice: its
 * bytes appear in CDN egress (served to the user) and in origin egress (filled from the origin).
 * Every amount is exact until rounded to the cent.
 */
public final class CostModel {

    private static final String SHEET = "price sheet";

    private CostModel() {}

    public static CostBreakdown breakdown(MonthlyVolumes v, PriceSheet sheet) {
        List<CostTerm> terms = new ArrayList<>();
        terms.add(EgressPricing.term(v, sheet));
        terms.add(requests(v, sheet));
        terms.add(perGb(
                sheet,
                "originEgress",
                "Origin egress on fills",
                v.originFill(),
                "origin fill",
                sheet.originEgress(),
                "origin egress price",
                "bytes the origin sends to fill caches × the origin's egress price"));
        terms.add(midTier(v, sheet));
        terms.add(storage(v, sheet));
        terms.add(perGb(
                sheet,
                "pushTransfer",
                "Push transfer",
                v.push(),
                "pushed",
                sheet.push(),
                "push price",
                "bytes replicated to the push targets × the push price"));
        terms.add(pipeline(v, sheet));
        terms.add(logs(v, sheet));
        ProviderCharges.add(terms, v, sheet);
        return new CostBreakdown(v.model(), v, sheet.name(), sheet.currency(), terms);
    }

    static CostInput input(String name, Quantity q) {
        return new CostInput(name, q.shown(), q.unit(), q.how());
    }

    static CostInput price(String name, Price p) {
        return new CostInput(name, p.currency() + p.amount().toPlainString(), "per " + p.per(), SHEET);
    }

    /** The price of one unit: the sheet's amount divided by how many units its "per" stands for. */
    static BigDecimal unitPrice(Price p) {
        return p.amount().divide(p.perQuantity(), Money.MC);
    }

    private static CostTerm requests(MonthlyVolumes v, PriceSheet s) {
        String why = s.provider().whyUnpriced("requests");
        if (why != null) {
            return new CostTerm(
                    "requests",
                    "Request fees",
                    BigDecimal.ZERO,
                    unpriced(why),
                    List.of(input("requests", v.requests())));
        }
        BigDecimal free = s.provider().freeRequests();
        if (free.signum() > 0) {
            BigDecimal billable = v.requests().value().subtract(free).max(BigDecimal.ZERO);
            return new CostTerm(
                    "requests",
                    "Request fees",
                    billable.multiply(unitPrice(s.requests())),
                    "(requests − the " + Money.number(free, 0) + " free a month) ÷ "
                            + Money.number(s.requests().perQuantity(), 0) + " × the price per "
                            + s.requests().per(),
                    List.of(
                            input("requests", v.requests()),
                            new CostInput("free requests", Money.number(free, 0), "a month", SHEET),
                            price("request price", s.requests())));
        }
        BigDecimal amount = v.requests().value().multiply(unitPrice(s.requests()));
        return new CostTerm(
                "requests",
                "Request fees",
                amount,
                "requests ÷ " + Money.number(s.requests().perQuantity(), 0) + " × the price per "
                        + s.requests().per() + " (every request is billed, hit or miss)",
                List.of(input("requests", v.requests()), price("request price", s.requests())));
    }

    /** The formula of a term whose meter the sheet's source gives no figure for. */
    static String unpriced(String why) {
        return "not priced by this sheet: " + why;
    }

    private static CostTerm perGb(
            PriceSheet s, String id, String label, Quantity q, String qName, Price p, String pName, String formula) {
        String why = s.provider().whyUnpriced(id.equals("pushTransfer") ? "push" : id);
        if (why != null) {
            return new CostTerm(id, label, BigDecimal.ZERO, unpriced(why), List.of(input(qName, q)));
        }
        if (p == null) {
            return new CostTerm(id, label, BigDecimal.ZERO, "the sheet does not price this", List.of(input(qName, q)));
        }
        return new CostTerm(
                id, label, q.value().multiply(unitPrice(p)), formula, List.of(input(qName, q), price(pName, p)));
    }

    private static CostTerm midTier(MonthlyVolumes v, PriceSheet s) {
        if (s.midTier() == null) {
            return new CostTerm(
                    "midTier",
                    "Shield to edge transfer",
                    BigDecimal.ZERO,
                    "the sheet does not charge for shield to edge transfer",
                    List.of(input("shield to edge", v.midTier())));
        }
        return perGb(
                s,
                "midTier",
                "Shield to edge transfer",
                v.midTier(),
                "shield to edge",
                s.midTier(),
                "mid-tier price",
                "bytes edges fetch from their shields × the mid-tier price");
    }

    private static CostTerm storage(MonthlyVolumes v, PriceSheet s) {
        Quantity r = v.resident();
        Quantity n = v.locations();
        String why = s.provider().whyUnpriced("storage");
        if (why != null) {
            return new CostTerm(
                    "storage",
                    "Pinned storage",
                    BigDecimal.ZERO,
                    unpriced(why),
                    List.of(input("resident", r), input("locations", n)));
        }
        BigDecimal amount = r.value().multiply(n.value()).multiply(unitPrice(s.storage()));
        return new CostTerm(
                "storage",
                "Pinned storage",
                amount,
                "resident GB × locations × storage price per GB-month × 1 month",
                List.of(input("resident", r), input("locations", n), price("storage price", s.storage())));
    }

    private static CostTerm pipeline(MonthlyVolumes v, PriceSheet s) {
        if (v.model() == DeliveryModel.PULL) {
            return new CostTerm(
                    "pipelineOps",
                    "Publish pipeline",
                    BigDecimal.ZERO,
                    "pull has no publish pipeline to run",
                    List.of());
        }
        String why = s.provider().whyUnpriced("pipelineOps");
        if (why != null) {
            return new CostTerm("pipelineOps", "Publish pipeline", BigDecimal.ZERO, unpriced(why), List.of());
        }
        return new CostTerm(
                "pipelineOps",
                "Publish pipeline",
                s.pipelineOps().amount(),
                "a flat monthly cost for running the publish pipeline (people, tooling, on-call)",
                List.of(price("pipeline operations", s.pipelineOps())));
    }

    private static CostTerm logs(MonthlyVolumes v, PriceSheet s) {
        PriceSheet.LogPricing lp = s.logs();
        BigDecimal sampling = Money.decimal(v.logSampling());
        BigDecimal lines = v.requests().value().multiply(sampling);
        CostInput sample =
                new CostInput("log sampling", sampling.toPlainString(), "of requests", "scenario pricing.logSampling");
        String why = s.provider().whyUnpriced("logs");
        if (why != null) {
            return new CostTerm(
                    "logs",
                    "Logs and observability",
                    BigDecimal.ZERO,
                    unpriced(why),
                    List.of(input("requests", v.requests()), sample));
        }
        if (lp.perGigabyte()) {
            BigDecimal gb = lines.multiply(Money.gigabytes(lp.bytesPerRequest()));
            return new CostTerm(
                    "logs",
                    "Logs and observability",
                    gb.multiply(unitPrice(lp.price())),
                    "requests × sampling × bytes per log line ÷ 10^9 × the price per GB of logs",
                    List.of(
                            input("requests", v.requests()),
                            sample,
                            new CostInput("log line", String.valueOf(lp.bytesPerRequest()), "bytes", SHEET),
                            price("log price", lp.price())));
        }
        return new CostTerm(
                "logs",
                "Logs and observability",
                lines.multiply(unitPrice(lp.price())),
                "requests × sampling ÷ " + Money.number(lp.price().perQuantity(), 0) + " × the price per "
                        + lp.price().per() + " log lines",
                List.of(input("requests", v.requests()), sample, price("log price", lp.price())));
    }

    /** Total CDN egress cost of a region's monthly GB under graduated tiers. */
    static BigDecimal tiered(BigDecimal gb, List<PriceSheet.Tier> tiers) {
        BigDecimal left = gb;
        BigDecimal floor = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (PriceSheet.Tier t : tiers) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room =
                    t.upToGb() == null ? left : t.upToGb().subtract(floor).min(left);
            sum = sum.add(room.multiply(unitPrice(t.price())));
            left = left.subtract(room);
            floor = t.upToGb() == null ? floor : t.upToGb();
        }
        return sum;
    }
}
