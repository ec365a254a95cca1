package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.bench.EngineBench;
import dev.cdnx.model.bench.SweepBench;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import dev.cdnx.model.units.UnitFormatException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cdnx bench engine|sweep}: benchmarks of the engine, printed for docs/performance.md. Not tests. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time the engine against its caches' floor, or a sweep one run at a time against in parallel.",
        subcommands = {BenchCommand.Engine.class, BenchCommand.SweepTimes.class, BenchImport.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a scenario and applies a duration and {@code --set} changes, with a located message on error. */
    static Scenario load(Path file, String duration, List<String> sets) {
        List<String> all = new ArrayList<>(sets);
        if (duration != null) {
            try {
                SimDuration.parse(duration);
            } catch (UnitFormatException e) {
                throw new Cdnx.UsageException("--duration " + duration + ": " + e.getMessage());
            }
            all.add("duration=" + duration);
        }
        return ScenarioOverrides.apply(ScenarioIO.read(file).orThrow(), all);
    }

    static void print(CommandSpec spec, Map<String, Object> doc) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println(ScenarioIO.mapper()
                .writer()
                .with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(doc));
        out.flush();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @Command(
            name = "engine",
            mixinStandardHelpOptions = true,
            description = "Run the caches alone and the engine on the same requests, interleaved, and print both"
                    + " rates and their ratio (floor ÷ engine: how many times slower than its caches the engine is).")
    static final class Engine implements Callable<Integer> {

        @Option(
                names = "--scenario",
                paramLabel = "FILE",
                defaultValue = "samples/large-cdn.json",
                description = "Scenario file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(
                names = "--duration",
                paramLabel = "D",
                defaultValue = "60s",
                description = "Simulated duration of each pass (default: ${DEFAULT-VALUE}).")
        String duration;

        @Option(
                names = "--set",
                paramLabel = "PATH=VALUE",
                description = "Change a field by its JSON path, e.g. workload.objects=1000. Repeatable.")
        List<String> sets = new ArrayList<>();

        @Option(
                names = "--passes",
                paramLabel = "N",
                defaultValue = "3",
                description = "Timed passes of each, alternating (default: ${DEFAULT-VALUE}).")
        int passes;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (passes < 1) {
                throw new Cdnx.UsageException("--passes " + passes + ": give at least 1, e.g. --passes 3");
            }
            Scenario s = load(file, duration, sets);
            EngineBench.Report r = EngineBench.run(s, passes);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", r.scenario());
                doc.put("requests", r.requests());
                doc.put("engineRequests", r.engineRequests());
                doc.put("floorRequestsPerSecond", Math.round(r.floorRequestsPerSecond()));
                doc.put("engineRequestsPerSecond", Math.round(r.engineRequestsPerSecond()));
                doc.put("ratio", Math.round(r.ratio() * 100) / 100.0);
                doc.put("floorRuns", r.floorRates().stream().map(Math::round).toList());
                doc.put("engineRuns", r.engineRates().stream().map(Math::round).toList());
                doc.put("floorCpuRequestsPerSecond", Math.round(EngineBench.median(r.floorCpuRates())));
                doc.put("engineCpuRequestsPerSecond", Math.round(EngineBench.median(r.engineCpuRates())));
                doc.put("cpuRatio", Math.round(r.cpuRatio() * 100) / 100.0);
                doc.put("floorEdgeHitRatio", Math.round(r.floorEdgeHitRatio() * 10000) / 10000.0);
                doc.put("engineHitRatio", Math.round(r.engineHitRatio() * 10000) / 10000.0);
                doc.put("loadAverage", loadAverage());
                print(spec, doc);
                return 0;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%s, %s simulated, %,d requests, %d passes each (medians; load average %.1f)%n",
                    r.scenario(),
                    duration,
                    r.requests(),
                    passes,
                    loadAverage());
            out.printf(
                    Locale.ROOT,
                    "  caches alone (floor): %,12.0f requests/s  edge hit ratio %.3f%n",
                    r.floorRequestsPerSecond(),
                    r.floorEdgeHitRatio());
            out.printf(
                    Locale.ROOT,
                    "  engine (simulate):    %,12.0f requests/s  hit ratio %.3f%n",
                    r.engineRequestsPerSecond(),
                    r.engineHitRatio());
            out.printf(
                    Locale.ROOT,
                    "  ratio floor / engine: %.2f (the engine runs %.2fx slower than its caches alone)%n",
                    r.ratio(),
                    r.ratio());
            out.printf(
                    Locale.ROOT,
                    "  the same on thread CPU time: %.2f (%,.0f vs %,.0f requests per CPU second)%n",
                    r.cpuRatio(),
                    EngineBench.median(r.floorCpuRates()),
                    EngineBench.median(r.engineCpuRates()));
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "sweep",
            mixinStandardHelpOptions = true,
            description = "Time the same sweep one run at a time and on the run pool (every core), alternating,"
                    + " and check the results are equal.")
    static final class SweepTimes implements Callable<Integer> {

        @Option(
                names = "--scenario",
                paramLabel = "FILE",
                defaultValue = "samples/hello-cdn.json",
                description = "Scenario file (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--duration", paramLabel = "D", description = "Simulated duration (default: the file's).")
        String duration;

        @Option(
                names = "--param",
                paramLabel = "PATH",
                defaultValue = "policy.ttlJitter",
                description = "The field to vary (default: ${DEFAULT-VALUE}).")
        String param;

        @Option(
                names = "--values",
                split = ",",
                paramLabel = "V1,V2,...",
                defaultValue = "0s,30s,60s,300s",
                description = "The values, one run each (default: ${DEFAULT-VALUE}).")
        List<String> values;

        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "7",
                description = "Timed sweeps each way, alternating (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--json", description = "Print the figures as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            SweepCommand.checkValues(values);
            if (rounds < 1) {
                throw new Cdnx.UsageException("--rounds " + rounds + ": give at least 1, e.g. --rounds 3");
            }
            Scenario s = load(file, duration, List.of());
            SweepBench.Report r = SweepBench.run(s, param, values, rounds);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", r.scenario());
                doc.put("param", r.param());
                doc.put("values", r.values());
                doc.put("cores", r.cores());
                doc.put("sequentialSeconds", round3(r.sequentialSeconds()));
                doc.put("parallelSeconds", round3(r.parallelSeconds()));
                doc.put("speedup", Math.round(r.speedup() * 100) / 100.0);
                doc.put("sameResults", r.sameResults());
                doc.put("controlSpeedup", Math.round(r.controlSpeedup() * 100) / 100.0);
                doc.put("warmupSweeps", r.warmupSweeps());
                doc.put("sequentialCompileMillis", r.sequentialCompileMillis());
                doc.put("parallelCompileMillis", r.parallelCompileMillis());
                doc.put("jitWaitMillis", r.jitWaitMillis());
                doc.put(
                        "sequentialRuns",
                        r.sequential().stream().map(BenchCommand::round3).toList());
                doc.put(
                        "parallelRuns",
                        r.parallel().stream().map(BenchCommand::round3).toList());
                doc.put("loadAverage", loadAverage());
                print(spec, doc);
                return r.sameResults() ? 0 : Cdnx.EXIT_INVALID;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    Locale.ROOT,
                    "%s: %d runs (%s = %s), %d rounds each way on %d cores (medians; load average %.1f)%n",
                    r.scenario(),
                    values.size(),
                    param,
                    String.join(",", values),
                    rounds,
                    r.cores(),
                    loadAverage());
            out.printf(Locale.ROOT, "  one at a time: %8.3f s%n", r.sequentialSeconds());
            out.printf(Locale.ROOT, "  in parallel:   %8.3f s%n", r.parallelSeconds());
            out.printf(
                    Locale.ROOT,
                    "  speedup %.2fx, %s%n",
                    r.speedup(),
                    r.sameResults() ? "same results" : "RESULTS DIFFER between the two ways");
            out.printf(
                    Locale.ROOT,
                    "  (an arithmetic loop on two threads got %.2fx at the same time: the machine's own"
                            + " ceiling)%n",
                    r.controlSpeedup());
            out.printf(
                    Locale.ROOT,
                    "  after %d untimed sweeps each way; JIT compiling during the timed ones: %d ms one at a"
                            + " time, %d ms in parallel (%d ms waited for it to go idle before them)%n",
                    r.warmupSweeps(),
                    r.sequentialCompileMillis(),
                    r.parallelCompileMillis(),
                    r.jitWaitMillis());
            out.flush();
            return r.sameResults() ? 0 : Cdnx.EXIT_INVALID;
        }
    }

    static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
