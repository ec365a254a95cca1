package dev.cdnx.model.cost;

import dev.cdnx.model.scenario.DeliveryModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The monthly quantities one delivery model is billed on, whichever way they were obtained: typed by
 * hand ({@link TypedVolumes}) or measured by a run and scaled to a 30-day month ({@link MeasuredVolumes}).
 * Each quantity carries how it was obtained, in words, so a cost term can show it as an input. Data
 * quantities are decimal gigabytes; counts are plain numbers. A quantity that does not apply is zero.
 *
 * @param scale the factor from the observed window to a month (1 for typed volumes)
 * @param byteHitRatio the share of served bytes that did not come from the origin
 * @param requestHitRatio the share of requests answered by a cache; NaN when not known (typed)
 * @param invalidations invalidation paths a month (the scenario's purges), priced only by sheets that
 *     charge for them
 */
public record MonthlyVolumes(
        DeliveryModel model,
        String source,
        BigDecimal scale,
        String scaleNote,
        Map<String, Quantity> egressByRegion,
        Quantity requests,
        Quantity originFill,
        Quantity midTier,
        Quantity resident,
        Quantity locations,
        Quantity push,
        double byteHitRatio,
        double requestHitRatio,
        double logSampling,
        Quantity invalidations) {

    /** Seconds in the 30-day month every bill is scaled to. */
    public static final long MONTH_SECONDS = 30L * 24 * 3600;

    /** One quantity and how it was obtained, e.g. {@code 750,000 GB = 5,000,000 GB × (1 − 0.85)}. */
    public record Quantity(BigDecimal value, String unit, String how) {

        public static Quantity zero(String unit, String why) {
            return new Quantity(BigDecimal.ZERO, unit, why);
        }

        /** The value for display: thousands separators, at most three decimals. */
        public String shown() {
            return Money.number(value, 3);
        }
    }

    public MonthlyVolumes {
        egressByRegion = new LinkedHashMap<>(egressByRegion);
    }

    /** The invalidation paths of a month: each purge on the scenario's timeline, one path, once a month. */
    public static Quantity invalidations(dev.cdnx.model.scenario.Scenario s) {
        int n = s.purges == null ? 0 : s.purges.size();
        return new Quantity(
                BigDecimal.valueOf(n),
                "paths",
                n == 0
                        ? "the scenario has no purges"
                        : "the scenario's " + n + " purge(s), one path each, taken as once a month");
    }

    /** Total bytes served to users in the month, in GB. */
    public BigDecimal egressGb() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Quantity q : egressByRegion.values()) {
            sum = sum.add(q.value());
        }
        return sum;
    }
}
