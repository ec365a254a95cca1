package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;

/**
 * Pull with pre-warm: at {@link #at}, each edge requests the top {@link #objects} objects (or the objects
 * of {@link #contentClass}) once, through the tiers like a user would ({@code "mode": "requests"}), or
 * the edges simply start out holding them, as if filled just before the run ({@code "mode": "preloaded"}).
 */
@JsonPropertyOrder({"enabled", "mode", "at", "objects", "contentClass"})
public final class PrewarmSpec {
    public boolean enabled;
    public String mode = "requests";
    public SimDuration at = SimDuration.ZERO;
    public long objects = 100;
    /** Warm the objects of this class instead of the top of the catalog. */
    public String contentClass;
}
