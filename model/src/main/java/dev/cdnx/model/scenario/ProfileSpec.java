package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * The time profile of a users node (SPEC S3.2): {@code steady}; {@code diurnal} (a sine over
 * {@link #period} with {@link #amplitude}); {@code flash} (at {@link #at}, {@link #extraRate} more
 * requests per second for {@link #length}, all for one viral object {@link #object}); {@code launch}
 * (at {@link #at}, extra requests for the objects of content class {@link #contentClass}).
 */
@JsonPropertyOrder({"type", "at", "length", "extraRate", "object", "contentClass", "amplitude", "period", "peak"})
public final class ProfileSpec {
    public String type = "steady";
    public SimDuration at;
    public SimDuration length;
    /** Additional requests per second during a flash crowd or launch. */
    public dev.cdnx.model.units.Rate extraRate;
    /** The viral object's popularity rank (1 = most popular) for a flash crowd; 0 means a new object. */
    public Long object;
    /** The content class a launch requests. */
    public String contentClass;
    /** Diurnal swing, 0..1 of the mean rate. */
    public Double amplitude;

    public SimDuration period;

    /**
     * The time of day a diurnal rate is highest, on a clock that reads 00:00 when the run starts. Null: the
     * sine's own phase (highest a quarter period in, 06:00 for a day), which every scenario written before
     * this field keeps.
     */
    public dev.cdnx.model.units.TimeOfDay peak;

    public ProfileSpec() {}

    public ProfileSpec(String type) {
        this.type = type;
    }
}
