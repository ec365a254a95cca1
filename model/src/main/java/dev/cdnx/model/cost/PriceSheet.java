package dev.cdnx.model.cost;

import dev.cdnx.model.units.Price;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A price sheet: what each meter of a CDN bill costs. Egress is priced per region with graduated tiers
 * (the first {@code upTo} gigabytes of a month at one price, the next at another); a region the sheet
 * does not list is priced at its {@code "default"} region, which every sheet has. {@link #midTier} may
 * be null (shield to edge transfer is then free). Logs are priced either per GB of log lines (with
 * {@link LogPricing#bytesPerRequest}) or per million lines. The illustrative sheets price every meter with
 * made-up figures and {@link #label} says so; the real providers' sheets carry {@link ProviderTerms}: their
 * source and date, allowances and fees, and the meters their source gives no figure for. Such a meter is
 * priced at zero here (so everything reading the sheet has a price) and the bill says why; an unpriced
 * region's tiers end in a zero tier.
 */
public record PriceSheet(
        String name,
        String label,
        String note,
        String currency,
        Map<String, List<Tier>> egress,
        Price requests,
        Price originEgress,
        Price midTier,
        Price storage,
        Price push,
        Price pipelineOps,
        LogPricing logs,
        ProviderTerms provider) {

    /** A sheet with no provider terms (the illustrative kind): every meter priced, no plan or allowance. */
    public PriceSheet(
            String name,
            String label,
            String note,
            String currency,
            Map<String, List<Tier>> egress,
            Price requests,
            Price originEgress,
            Price midTier,
            Price storage,
            Price push,
            Price pipelineOps,
            LogPricing logs) {
        this(
                name,
                label,
                note,
                currency,
                egress,
                requests,
                originEgress,
                midTier,
                storage,
                push,
                pipelineOps,
                logs,
                ProviderTerms.NONE);
    }

    /** The region every sheet must price, used for regions it does not list. */
    public static final String DEFAULT_REGION = "default";

    /**
     * One egress tier: gigabytes up to {@code upToGb} (cumulative over the month, in the region) cost
     * {@code price}; a null bound means "everything beyond the previous tier".
     */
    public record Tier(BigDecimal upToGb, Price price) {}

    /** Log pricing: per GB of log lines (with the size of one line) or per million lines (bytes null). */
    public record LogPricing(Price price, Long bytesPerRequest) {

        /** True when the price is per GB of logs rather than per million lines. */
        public boolean perGigabyte() {
            return bytesPerRequest != null;
        }
    }

    /** This sheet with another origin egress price and a name saying so (the sweep by origin price). */
    public PriceSheet withOriginEgress(Price price, String newName) {
        java.util.Map<String, String> gaps = new java.util.LinkedHashMap<>(provider.unpriced());
        gaps.remove("originEgress");
        ProviderTerms p = new ProviderTerms(
                provider.source(),
                provider.read(),
                provider.freeEgressGb(),
                provider.freeRequests(),
                provider.invalidations(),
                provider.plan(),
                provider.addOns(),
                provider.monthlyMinimum(),
                gaps);
        return new PriceSheet(
                newName, label, note, currency, egress, requests, price, midTier, storage, push, pipelineOps, logs, p);
    }

    /** The tiers of a region, or of the default region when the sheet does not list it. */
    public List<Tier> egressTiers(String region) {
        List<Tier> t = region == null ? null : egress.get(region);
        return t != null ? t : egress.get(DEFAULT_REGION);
    }

    /** The region whose tiers price {@code region}: itself, or "default". */
    public String pricedAs(String region) {
        return region != null && egress.containsKey(region) ? region : DEFAULT_REGION;
    }
}
