package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.DataSize;

/**
 * Object size distribution of a content class: {@code fixed} ({@link #mean} exactly), {@code lognormal}
 * (median {@link #mean}, shape {@link #sigma}), {@code pareto} (minimum {@link #min}, shape
 * {@link #shape}) or {@code uniform} ({@link #min}..{@link #max}). Sizes are drawn once per object
 * from the scenario's seed.
 */
@JsonPropertyOrder({"dist", "mean", "sigma", "min", "max", "shape"})
public final class SizeSpec {
    public String dist = "fixed";
    public DataSize mean = DataSize.parse("100 KB");
    public Double sigma;
    public DataSize min;
    public DataSize max;
    public Double shape;

    public SizeSpec() {}

    public static SizeSpec fixed(DataSize size) {
        SizeSpec s = new SizeSpec();
        s.mean = size;
        return s;
    }
}
