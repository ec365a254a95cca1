package dev.cdnx.model.cost;

import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parts of a provider's list price that are not a per-unit meter, and where the figures came from:
 * the source address and the date it was read (every report prints both), the monthly free allowance,
 * invalidation fees, a flat plan fee, metered add-ons, a monthly minimum, and the meters the source gives
 * no figure for ({@link #unpriced}: meter → why). A meter listed there is billed at nothing and every
 * report says so, rather than borrowing a figure from somewhere else.
 *
 * @param freeEgressGb GB a month that cost nothing, before any tier (zero when none)
 * @param freeRequests requests a month that cost nothing (zero when none)
 * @param invalidations null when the sheet does not charge for invalidations
 * @param plan a flat fee a month, or null
 * @param monthlyMinimum the least the provider bills in a month, or null
 */
public record ProviderTerms(
        String source,
        String read,
        BigDecimal freeEgressGb,
        BigDecimal freeRequests,
        Invalidations invalidations,
        Price plan,
        List<AddOn> addOns,
        Price monthlyMinimum,
        Map<String, String> unpriced) {

    /** A sheet with no provider terms: no allowance, fees or gaps, and no recorded source. */
    public static final ProviderTerms NONE =
            new ProviderTerms(null, null, BigDecimal.ZERO, BigDecimal.ZERO, null, null, List.of(), null, Map.of());

    public ProviderTerms {
        addOns = List.copyOf(addOns);
        unpriced = Map.copyOf(unpriced);
    }

    /** Invalidation paths: the first {@code freePaths} of a month cost nothing, each further one {@code price}. */
    public record Invalidations(long freePaths, Price price) {}

    /** A metered add-on: a flat monthly fee plus a price per GB served (either may be null). */
    public record AddOn(String name, Price monthly, Price perGb) {}

    /** Why the source gives no figure for {@code meter} (a price field name or {@code egress.REGION}), or null. */
    public String whyUnpriced(String meter) {
        return unpriced.get(meter);
    }

    /** "source, read DATE", or a sentence saying the sheet records neither. */
    public String provenance() {
        if (source == null) {
            return "source not recorded";
        }
        return read == null ? source : source + ", read " + read;
    }
}
