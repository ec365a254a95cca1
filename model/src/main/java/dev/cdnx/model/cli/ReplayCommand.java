package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.cache.CachePolicies;
import dev.cdnx.model.cache.ObjectCache;
import dev.cdnx.model.trace.ReplayResult;
import dev.cdnx.model.trace.TextColumns;
import dev.cdnx.model.trace.TraceFormat;
import dev.cdnx.model.trace.TraceOptions;
import dev.cdnx.model.trace.TraceReader;
import dev.cdnx.model.trace.TraceReplay;
import dev.cdnx.model.trace.Traces;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cdnx replay TRACE --format F [--policy P] [--cache-size S] [--ignore-size] [--json]}: one cache,
 * libCacheSim's rules (see {@code shared/traces/REFERENCE.md}). A share of the working set needs a first
 * pass over the trace; only the second pass is timed. {@code requestsPerSecond} is requests over the wall
 * time of the replay loop, trace reading included; {@code requestsPerCpuSecond} divides by the CPU time of
 * the replaying thread instead, which other processes on a busy machine disturb less. Exit 0 on success,
 * 1 for a missing or malformed trace (one message, no stack trace), 2 for a usage error (unknown policy
 * or format, bad size).
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Replay a cache trace through one cache and count misses, as libCacheSim does.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRACE", description = "The trace file.")
    Path trace;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "oracleGeneral, vscsi, csv or txt.")
    String format;

    @Option(
            names = "--policy",
            paramLabel = "POLICY",
            defaultValue = "lru",
            description = "Eviction policy: lru, fifo, lfu, clock, sieve, s3fifo, arc, wtinylfu, gdsf or lfuda,"
                    + " in any case (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(
            names = "--cache-size",
            paramLabel = "SIZE",
            defaultValue = "10%",
            description = "Bytes (20297697, 100MB, 2GiB), objects with --ignore-size, or a share of the working"
                    + " set (10%% or 0.1). Default: ${DEFAULT-VALUE}.")
    String cacheSize;

    @Option(names = "--ignore-size", description = "Count every request as size 1 (the cache size counts objects).")
    boolean ignoreSize;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @Option(
            names = "--columns",
            paramLabel = "COLS",
            description = "csv only: 1-based columns, e.g. time=2,id=5,size=4 (default: from the header or the count).")
    String columns;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            description = "csv only: the column delimiter, e.g. , or tab or space (default: detected).")
    String delimiter;

    @Option(
            names = "--header",
            paramLabel = "yes|no",
            description = "csv only: whether line 1 is a header (default: detected).")
    String header;

    @Option(names = "--skip-bad-lines", description = "Skip and count malformed lines or records instead of stopping.")
    boolean skipBadLines;

    @Override
    public Integer call() throws IOException {
        TraceFormat traceFormat = usage(() -> TraceFormat.parse(format));
        TraceSizes.CacheSize size = usage(() -> TraceSizes.parse(cacheSize, ignoreSize));
        usage(() -> CachePolicies.create(policy, 0));
        TraceOptions options = usage(this::options);

        Long workingSet = null;
        long capacity = size.absolute();
        long expectedObjects = ignoreSize ? capacity : -1;
        if (size.needsWorkingSet()) {
            Traces.WorkingSet ws;
            try (TraceReader reader = open(traceFormat, options)) {
                ws = Traces.workingSet(reader, ignoreSize);
            }
            workingSet = ws.bytes();
            capacity = size.resolve(workingSet);
            expectedObjects = ignoreSize ? Math.min(capacity, ws.objects()) : ws.objects();
        }
        ObjectCache cache = CachePolicies.create(policy, capacity);
        if (expectedObjects > 0) {
            // sized before the timed loop, so the loop does not grow arrays mid-way
            cache.reserve((int) Math.min(expectedObjects + 1, 1 << 24));
        }
        ReplayResult result;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall;
        long cpu;
        try (TraceReader reader = open(traceFormat, options)) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = TraceReplay.run(reader, cache, ignoreSize);
            wall = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        print(result, cache, traceFormat, workingSet, wall, cpu);
        return 0;
    }

    private TraceOptions options() {
        TextColumns cols = columns == null ? null : TextColumns.parse(columns);
        Character delim = null;
        if (delimiter != null) {
            delim = switch (delimiter) {
                case "tab", "\\t", "\t" -> '\t';
                case "space", "whitespace", " " -> ' ';
                default -> {
                    if (delimiter.length() != 1) {
                        throw new IllegalArgumentException(
                                "--delimiter takes one character, or tab or space; got '" + delimiter + "'");
                    }
                    yield delimiter.charAt(0);
                }
            };
        }
        Boolean hasHeader = null;
        if (header != null) {
            hasHeader = switch (header.toLowerCase(java.util.Locale.ROOT)) {
                case "yes", "true" -> true;
                case "no", "false" -> false;
                default -> throw new IllegalArgumentException("--header takes yes or no, got '" + header + "'");
            };
        }
        return new TraceOptions(cols, delim, hasHeader, skipBadLines);
    }

    private TraceReader open(TraceFormat traceFormat, TraceOptions options) throws IOException {
        try {
            return Traces.open(trace, traceFormat, options);
        } catch (NoSuchFileException e) {
            throw new IOException("no such trace file: " + trace);
        }
    }

    private void print(ReplayResult r, ObjectCache cache, TraceFormat traceFormat, Long workingSet, long wall, long cpu)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long rate = wall <= 0 ? 0 : Math.round(r.requests() * 1e9 / wall);
        long cpuRate = cpu <= 0 ? 0 : Math.round(r.requests() * 1e9 / cpu);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trace", trace.toString());
            m.put("format", traceFormat.label());
            m.put("policy", cache.policyName());
            m.put("cacheSize", cache.capacityBytes());
            m.put("ignoreSize", ignoreSize);
            if (workingSet != null) {
                m.put("workingSet", workingSet);
            }
            m.put("requests", r.requests());
            m.put("hits", r.hits());
            m.put("misses", r.misses());
            m.put("missRatio", r.missRatio());
            m.put("bytes", r.bytes());
            m.put("missedBytes", r.missedBytes());
            m.put("byteMissRatio", r.byteMissRatio());
            m.put("skippedLines", r.skippedRecords());
            m.put("wallSeconds", wall / 1e9);
            m.put("requestsPerSecond", rate);
            m.put("cpuSeconds", cpu / 1e9);
            m.put("requestsPerCpuSecond", cpuRate);
            out.println(new ObjectMapper()
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .writeValueAsString(m));
        } else {
            String unit = ignoreSize ? " objects" : " bytes";
            out.printf("trace            %s (%s)%n", trace, traceFormat.label());
            out.printf("policy           %s%n", cache.policyName());
            out.printf(
                    "cache size       %,d%s%s%n",
                    cache.capacityBytes(),
                    unit,
                    workingSet == null ? "" : String.format(" (%s of working set %,d)", cacheSize, workingSet));
            out.printf("requests         %,d%n", r.requests());
            out.printf("misses           %,d%n", r.misses());
            out.printf("miss ratio       %.6f%n", r.missRatio());
            out.printf("missed bytes     %,d%n", r.missedBytes());
            out.printf("byte miss ratio  %.6f%n", r.byteMissRatio());
            if (r.skippedRecords() > 0) {
                out.printf("skipped lines    %,d%n", r.skippedRecords());
            }
            out.printf(
                    "requests/s       %,d (%.3f s; %,d per CPU second of the replay thread)%n",
                    rate, wall / 1e9, cpuRate);
        }
        out.flush();
    }

    private static <T> T usage(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new Cdnx.UsageException(e.getMessage());
        }
    }
}
