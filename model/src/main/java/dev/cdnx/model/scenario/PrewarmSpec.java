package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/** Pull with pre-warm: at {@link #at}, each edge requests the top {@link #objects} objects once. */
@JsonPropertyOrder({"enabled", "at", "objects", "contentClass"})
public final class PrewarmSpec {
    public boolean enabled;
    public SimDuration at = SimDuration.ZERO;
    public long objects = 100;
    /** Warm the objects of this class instead of the top of the catalog. */
    public String contentClass;
}
