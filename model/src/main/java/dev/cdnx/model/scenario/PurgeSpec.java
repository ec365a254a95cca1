package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * A purge on the timeline: at {@link #at}, remove by {@code "key"} (an object rank), {@code "prefix"}
 * (a class path prefix) or {@code "tag"} (a surrogate tag); every cache applies it
 * {@link #propagation} later.
 */
@JsonPropertyOrder({"at", "by", "value", "propagation"})
public final class PurgeSpec {
    public SimDuration at = SimDuration.ZERO;
    public String by = "key";
    public String value;
    public SimDuration propagation = SimDuration.ofSeconds(5);
}
