package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.traffic.FieldMap;
import dev.cdnx.model.traffic.ImportListener;
import dev.cdnx.model.traffic.ImportOptions;
import dev.cdnx.model.traffic.LogFormat;
import dev.cdnx.model.traffic.TrafficImport;
import dev.cdnx.model.traffic.Workload;
import dev.cdnx.model.traffic.WorkloadFiles;
import dev.cdnx.model.units.DataSize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnx import FILE}: read a CDN or web-server log (or a cache trace) into a workload file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Read a CDN or web-server access log, or a cache trace, into a workload: catalog, popularity"
                    + " (fitted Zipf alpha), classes, daily curve, regions and the log's own hit ratio.",
            "Plain, gzip and zstd files are read as they stream; bad lines are counted and the first 20 listed."
        },
        footer = {
            "",
            "Examples:",
            "  cdnx import access.log.gz --out workload.json",
            "  cdnx import E2ABC.2026-03-01-00.gz --format cloudfront --json",
            "  cdnx import fastly.json --field url=req_url,bytes=resp_bytes,cache=state --out w.json",
            "  cdnx simulate samples/hello-cdn.json --workload w.json --replay"
        })
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The log or trace (plain, .gz or .zst).")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            description = "auto, cloudfront, nginx (or apache), cloudflare, fastly, wikimedia, oracleGeneral, vscsi,"
                    + " csv, txt (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--pattern",
            paramLabel = "LOG_FORMAT",
            description = "nginx log_format (or Apache LogFormat) of the lines; default: combined followed by"
                    + " $upstream_cache_status $request_time (both optional).")
    String pattern;

    @Option(
            names = "--field",
            paramLabel = "ROLE=NAME",
            split = ",",
            description = "JSON field of a role for Fastly or Cloudflare logs; roles: url, host, bytes, status, cache,"
                    + " time, pop, country, content_type. Repeatable.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the workload here (JSON).")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LogFormat f;
        try {
            f = LogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new Cdnx.UsageException("--format: " + e.getMessage());
        }
        FieldMap map = null;
        if (!fields.isEmpty()) {
            try {
                map = (f == LogFormat.CLOUDFLARE ? FieldMap.CLOUDFLARE : FieldMap.FASTLY).with(fields);
            } catch (IllegalArgumentException e) {
                throw new Cdnx.UsageException("--field: " + e.getMessage());
            }
        }
        ImportOptions options = new ImportOptions(f, pattern, map);
        Workload w;
        try {
            w = TrafficImport.run(file, options, ImportListener.NONE);
        } catch (IllegalArgumentException e) {
            throw new Cdnx.UsageException("--pattern: " + e.getMessage());
        }
        if (out != null) {
            WorkloadFiles.save(w, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(ScenarioIO.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary(w)));
        } else {
            print(o, w);
        }
        o.flush();
        return 0;
    }

    /** The summary {@code --json} prints. */
    static Map<String, Object> summary(Workload w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", w.source.format);
        m.put("requests", w.requests);
        m.put("objects", w.objects);
        m.put("bytes", w.bytes);
        m.put("rejectedLines", w.rejectedLines);
        m.put("zipfAlpha", w.zipfAlpha);
        Map<String, Long> regions = new LinkedHashMap<>();
        w.regions.forEach(r -> regions.put(r.region, r.requests));
        m.put("regions", regions);
        m.put("logHitRatio", w.logHitRatio);
        m.put("logByteHitRatio", w.logByteHitRatio);
        m.put("spanSeconds", w.span());
        m.put(
                "rejected",
                w.rejected.stream()
                        .map(r -> Map.of("line", r.line(), "reason", r.reason()))
                        .toList());
        return m;
    }

    private void print(PrintWriter o, Workload w) {
        o.printf(Locale.ROOT, "%s — %s, %,d lines%n", file, w.source.format, w.source.lines);
        o.printf(Locale.ROOT, "  requests          %,d over %s%n", w.requests, span(w.span()));
        o.printf(
                Locale.ROOT,
                "  objects           %,d (%s of them, %s served)%n",
                w.objects,
                DataSize.ofBytes(w.uniqueBytes).toHumanString(),
                DataSize.ofBytes(w.bytes).toHumanString());
        o.printf(Locale.ROOT, "  popularity        Zipf alpha %.3f%n", w.zipfAlpha);
        o.printf(
                Locale.ROOT,
                "  log hit ratio     %s   byte hit ratio %s%n",
                pct(w.logHitRatio),
                pct(w.logByteHitRatio));
        for (Workload.ClassStats c : w.classes) {
            o.printf(
                    Locale.ROOT,
                    "  class %-11s %,d objects, %,d requests, mean %s, hit ratio %s%n",
                    c.name,
                    c.objects,
                    c.requests,
                    DataSize.ofBytes(Math.round(c.meanSize)).toHumanString(),
                    pct(c.logHitRatio));
        }
        for (Workload.RegionStats r : w.regions) {
            o.printf(
                    Locale.ROOT,
                    "  region %-10s %,d requests, hit ratio %s%s%n",
                    r.region,
                    r.requests,
                    pct(r.logHitRatio),
                    r.edges.isEmpty() ? "" : ", edges " + String.join(" ", r.edges.keySet()));
        }
        o.printf(Locale.ROOT, "  rejected lines    %,d%n", w.rejectedLines);
        w.rejected.forEach(r -> o.println("    " + r));
        if (w.rejectedLines > w.rejected.size()) {
            o.printf(Locale.ROOT, "    … and %,d more%n", w.rejectedLines - w.rejected.size());
        }
        if (out != null) {
            o.println("  written to        " + out);
        }
    }

    private static String pct(Double d) {
        return d == null ? "not in the log" : String.format(Locale.ROOT, "%.2f%%", 100 * d);
    }

    private static String span(double seconds) {
        if (seconds <= 0) {
            return "no time span (the file has no times)";
        }
        return seconds >= 7200
                ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : String.format(Locale.ROOT, "%.0f s", seconds);
    }
}
