package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cdnx sweep FILE --param PATH --values V1,V2,...}: one run per value, a table of results. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = "Run a scenario once per value of one parameter (same seed) and compare the results.")
public final class SweepCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @Option(
            names = "--param",
            required = true,
            paramLabel = "PATH",
            description = "The field to vary, by JSON path, e.g. policy.ttlJitter or topology.nodes[2].cache.capacity.")
    String param;

    @Option(
            names = "--values",
            required = true,
            split = ",",
            paramLabel = "V1,V2,...",
            description = "The values to try, in the file's written forms, e.g. 0s,60s,300s.")
    List<String> values;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkValues(values);
        Scenario base = scenario.load();
        long start = System.nanoTime();
        List<Sweep.Point> points = Sweep.run(base, param, values, done -> {}, () -> false);
        double wall = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> rows = new ArrayList<>();
            for (Sweep.Point p : points) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("value", p.value());
                row.put("result", RunResultJson.toMap(p.result(), wall / points.size()));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("param", param);
            doc.put("points", rows);
            out.println(ScenarioIO.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(doc));
        } else {
            out.printf(
                    Locale.ROOT,
                    "%-16s %10s %8s %8s %10s %12s %8s %8s %9s%n",
                    param.length() > 16 ? "value" : param,
                    "requests",
                    "hit%",
                    "bytehit%",
                    "origin req",
                    "origin bytes",
                    "peak/s",
                    "errors",
                    "p95 ms");
            for (Sweep.Point p : points) {
                RunResult r = p.result();
                out.printf(
                        Locale.ROOT,
                        "%-16s %,10d %8.2f %8.2f %,10d %12s %,8d %,8d %9.1f%n",
                        p.value(),
                        r.requests(),
                        100 * r.hitRatio(),
                        100 * r.byteHitRatio(),
                        r.originRequests(),
                        DataSize.ofBytes(r.originBytes()).toHumanString(),
                        r.peakOriginRequestsPerSecond(),
                        r.errors(),
                        r.latencyMs().p95());
            }
        }
        out.flush();
        return 0;
    }

    /** A sweep with nothing to run, or with a hole in its list, is a typing slip: say so before any run. */
    static void checkValues(List<String> values) {
        String written = values == null ? "" : String.join(",", values);
        if (values == null || values.stream().allMatch(String::isBlank)) {
            throw new Cdnx.UsageException("--values" + (written.isBlank() ? "" : " " + written) + ": there is no value"
                    + " to run; write the values"
                    + " separated by commas, e.g. --values 0s,60s,300s");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                throw new Cdnx.UsageException("--values " + written + ": value " + (i + 1) + " is empty; remove the"
                        + " extra comma, e.g. --values 0s,60s,300s");
            }
        }
    }
}
