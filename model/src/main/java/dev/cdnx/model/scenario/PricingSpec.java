package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which price sheet the cost model uses: a file under {@code samples/pricing/} (a path relative to the
 * scenario file, or a bare name such as {@code "illustrative"}).
 */
@JsonPropertyOrder({"sheet", "logSampling"})
public final class PricingSpec {
    public String sheet = "illustrative";
    /** Fraction of requests logged (0..1); logs are priced by the sheet. */
    public double logSampling = 1.0;
}
