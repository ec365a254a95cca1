package dev.cdnx.model.traffic;

import dev.cdnx.model.engine.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log's own hit ratios beside the simulated ones, for all traffic and per region, so a user sees
 * whether the drawing behaves like their CDN. A log ratio is null when the log has no cache status; the
 * simulated ones per region are those of the drawing's edges in that region (null: no edge there).
 */
public record Comparison(Row total, List<Row> regions) {

    /** One line of the comparison. Ratios are fractions (0..1) or null when unknown. */
    public record Row(
            String region,
            long logRequests,
            Double logHitRatio,
            Double logByteHitRatio,
            long simRequests,
            Double simHitRatio,
            Double simByteHitRatio) {

        /** Simulated minus logged hit ratio, or null when either is unknown. */
        public Double hitRatioGap() {
            return logHitRatio == null || simHitRatio == null ? null : simHitRatio - logHitRatio;
        }
    }

    /** Compares {@code log} with a run; {@code edges} are the run's edge tallies by region. */
    public static Comparison of(Workload log, RunResult run, Map<String, long[]> edges) {
        Row total = new Row(
                "all",
                log.requests,
                log.logHitRatio,
                log.logByteHitRatio,
                run.requests(),
                run.hitRatio(),
                run.byteHitRatio());
        Set<String> names = new LinkedHashSet<>();
        log.regions.forEach(r -> names.add(r.region));
        names.addAll(edges.keySet());
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            Workload.RegionStats l = log.region(name);
            long[] e = edges.get(name);
            rows.add(new Row(
                    name,
                    l == null ? 0 : l.requests,
                    l == null ? null : l.logHitRatio,
                    l == null ? null : l.logByteHitRatio,
                    e == null ? 0 : e[0],
                    e == null || e[0] == 0 ? null : (double) e[1] / e[0],
                    e == null || e[2] == 0 ? null : (double) e[3] / e[2]));
        }
        return new Comparison(total, rows);
    }

    /** The comparison as a text table (percentages, "-" for unknown). */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                java.util.Locale.ROOT,
                "  %-8s %12s %9s %9s %12s %9s %9s%n",
                "region",
                "log req",
                "log hit",
                "log byte",
                "sim req",
                "sim hit",
                "sim byte"));
        line(b, total);
        regions.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, Row r) {
        b.append(String.format(
                java.util.Locale.ROOT,
                "  %-8s %,12d %9s %9s %,12d %9s %9s%n",
                r.region,
                r.logRequests,
                pct(r.logHitRatio),
                pct(r.logByteHitRatio),
                r.simRequests,
                pct(r.simHitRatio),
                pct(r.simByteHitRatio)));
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f%%", 100 * d);
    }
}
