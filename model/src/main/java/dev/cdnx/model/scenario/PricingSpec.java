package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which price sheet the cost model uses: a file under {@code samples/pricing/} (a path relative to the
 * scenario file, or a bare name such as {@code "illustrative"}).
 */
@JsonPropertyOrder({"sheet", "logSampling", "launchesPerMonth"})
public final class PricingSpec {
    public String sheet = "illustrative";
    /** Fraction of requests logged (0..1); logs are priced by the sheet. */
    public double logSampling = 1.0;
    /**
     * How often a month the run's one-off events happen (a launch, the first publish of the push set)
     * when a measured bill is scaled to the month; steady traffic scales with time instead. Null (left
     * out of the file) means once; read it through {@link #launches()}.
     */
    public Double launchesPerMonth;

    /** {@link #launchesPerMonth}, once a month when not given. */
    public double launches() {
        return launchesPerMonth == null ? 1.0 : launchesPerMonth;
    }
}
