package dev.cdnx.model.traffic;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import learned from a log, saved as a workload file: the catalog (objects, sizes, classes),
 * popularity (the fitted Zipf α and rank/frequency points for a log-log plot), arrivals by hour of day
 * (UTC), the regions requests came from, and the log's own hit ratios by region and class (from its
 * cache-status field; null when the log has none). The source file is named so a replay can read it again.
 */
@JsonPropertyOrder({
    "kind",
    "version",
    "source",
    "requests",
    "objects",
    "bytes",
    "uniqueBytes",
    "start",
    "end",
    "zipfAlpha",
    "logHitRatio",
    "logByteHitRatio",
    "hourly",
    "peak",
    "classes",
    "regions",
    "rankFrequency",
    "rejectedLines",
    "rejected"
})
public final class Workload {

    /** Marks the file as a workload (so a scenario is not taken for one). */
    public String kind = "cdnx-workload";

    public int version = 1;
    public Source source = new Source();
    public long requests;
    public long objects;
    /** Bytes of all responses. */
    public long bytes;
    /** Bytes of the catalog: each object once, at its largest size. */
    public long uniqueBytes;
    /** First and last request time, seconds (since 1970 for logs, since the trace's start for traces); null: none. */
    public Double start;

    public Double end;
    public double zipfAlpha;
    /** Hits over requests with a known cache status; null when the log has no cache-status field. */
    public Double logHitRatio;

    public Double logByteHitRatio;
    /** Share of the requests in each hour of the day, UTC (24 numbers summing to 1; all 0 without times). */
    public double[] hourly = new double[24];

    /**
     * The middle of the busiest hour (UTC), for logs spanning a day or more: a fitted run's daily curve is
     * highest then. Null: the log is too short to have a daily curve, or has no times.
     */
    public dev.cdnx.model.units.TimeOfDay peak;

    public List<ClassStats> classes = new ArrayList<>();
    public List<RegionStats> regions = new ArrayList<>();
    /** [rank, requests] pairs, log-spaced, for the popularity plot. */
    public List<long[]> rankFrequency = new ArrayList<>();

    public long rejectedLines;
    /** The first rejected lines: number and reason. */
    public List<BadLines.Rejected> rejected = new ArrayList<>();

    /** The file the workload was imported from. */
    @JsonPropertyOrder({"file", "format", "lines", "pattern", "fields"})
    public static final class Source {
        /** As given to the import (a path; a replay resolves it like the workload file itself). */
        public String file;

        public String format;
        public long lines;
        /** The nginx pattern used, when not the default. */
        public String pattern;
        /** The JSON field map used (Fastly, Cloudflare). */
        public java.util.Map<String, String> fields;
    }

    /** Requests, bytes and hits of one content class. */
    @JsonPropertyOrder({
        "name",
        "objects",
        "requests",
        "bytes",
        "meanSize",
        "sizeSigma",
        "logHitRatio",
        "logByteHitRatio"
    })
    public static final class ClassStats {
        public String name;
        public long objects;
        public long requests;
        public long bytes;
        /** Mean object size in bytes. */
        public double meanSize;
        /** Spread of log(size) across the class's objects (a lognormal's sigma). */
        public double sizeSigma;

        public Double logHitRatio;
        public Double logByteHitRatio;
    }

    /** Requests, bytes and hits of one region, with the edges seen there. */
    @JsonPropertyOrder({"region", "requests", "bytes", "logHitRatio", "logByteHitRatio", "edges"})
    public static final class RegionStats {
        public String region;
        public long requests;
        public long bytes;
        public Double logHitRatio;
        public Double logByteHitRatio;
        /** Edge code → requests, with the city from the airport table ("LHR London"). */
        public java.util.Map<String, Long> edges = new java.util.TreeMap<>();
    }

    /** The region entry with this name, or null. */
    public RegionStats region(String name) {
        return regions.stream().filter(r -> r.region.equals(name)).findFirst().orElse(null);
    }

    /** The class entry with this name, or null. */
    public ClassStats contentClass(String name) {
        return classes.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }

    /** Seconds between the first and the last request (0 without times). */
    public double span() {
        return start == null || end == null ? 0 : end - start;
    }
}
