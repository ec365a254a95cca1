package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What users ask for: a catalog of {@link #objects} objects ranked by Zipf popularity with exponent
 * {@link #alpha}, split into content classes; optional tracking query parameters that fragment keys.
 */
@JsonPropertyOrder({"file", "mode", "objects", "alpha", "classes", "tracking"})
public final class WorkloadSpec {
    /**
     * A workload imported from a log ({@code cdnx import}), beside the scenario or below its folder; a
     * fitted run takes its catalog, popularity, classes and daily curve from it. Null: none.
     */
    public String file;

    /**
     * How {@link #file} is run: {@code "fitted"} (synthetic traffic shaped like the log; null means this) or
     * {@code "replay"} (the log's own requests, in order, at their times).
     */
    public String mode;

    public long objects = 10_000;
    /** Zipf exponent: 0 is uniform, around 0.8–1.0 is typical web traffic. */
    public double alpha = 0.9;

    public List<ContentClassSpec> classes = new ArrayList<>();
    public TrackingSpec tracking = new TrackingSpec();

    /** The class with this name, or null. */
    public ContentClassSpec contentClass(String name) {
        for (ContentClassSpec c : classes) {
            if (c.name != null && c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
