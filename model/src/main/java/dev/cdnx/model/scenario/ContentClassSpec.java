package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A content class: a share of the catalog's objects with one size distribution, one set of response
 * headers (Cache-Control and friends, read by the HTTP caching rules) and one change rate at the origin.
 * When {@link #objects} is set the class has exactly that many objects, ranked after the shared catalog
 * (a launch bundle, say); otherwise it takes {@link #share} of the catalog.
 */
@JsonPropertyOrder({"name", "share", "objects", "size", "headers", "changeEvery", "pathPrefix", "tags"})
public final class ContentClassSpec {
    public String name;
    /** Fraction of the catalog's objects in this class (0..1). */
    public double share = 1.0;
    /** A fixed number of objects of its own (a bundle), instead of a share of the catalog. */
    public Long objects;

    public SizeSpec size = new SizeSpec();
    /** Response headers the origin sends for objects of this class, e.g. Cache-Control. */
    public Map<String, String> headers = new LinkedHashMap<>();
    /** Mean time between changes of one object at the origin; "never" for immutable content. */
    public SimDuration changeEvery = SimDuration.NEVER;
    /** URL path prefix of the class, used by purge by prefix and shown in the app. */
    public String pathPrefix;
    /** Surrogate tags (purge groups) the class's objects carry. */
    public List<String> tags = new ArrayList<>();

    public ContentClassSpec() {}

    public ContentClassSpec(String name) {
        this.name = name;
    }
}
