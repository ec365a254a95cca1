package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.DataSize;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monthly volumes typed by hand, for the back-of-the-envelope cost case: bytes served, requests, the
 * byte hit ratios to compare, and the share of egress per pricing region.
 */
@JsonPropertyOrder({
    "egressPerMonth",
    "requestsPerMonth",
    "byteHitRatios",
    "regionShares",
    "pushedBytes",
    "pushLocations",
    "headBytes",
    "headShare"
})
public final class VolumesSpec {
    public DataSize egressPerMonth;
    public Double requestsPerMonth;
    /** The byte hit ratios the report compares, e.g. [0.85, 0.95, 0.98]. */
    public double[] byteHitRatios;

    public Map<String, Double> regionShares = new LinkedHashMap<>();
    public DataSize pushedBytes;
    public Integer pushLocations;
    /** Bytes of the hot head a hybrid delivery pushes; estimated from the hybrid settings when null. */
    public DataSize headBytes;
    /** Share (0..1) of egress the pushed head serves; derived from the Zipf law when null. */
    public Double headShare;
}
