package dev.cdnx.model.cli;

import dev.cdnx.model.traffic.ImportBench;
import dev.cdnx.model.traffic.LogFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code cdnx bench import}: import speed and heap for generated CloudFront and nginx logs. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Write a CloudFront and an nginx log of N lines (once, reused afterwards) and time their import:"
                    + " lines per second (best pass) and the most heap in use.",
            "For the flat-memory check run with a capped heap: java -Xmx1g -jar cdnx.jar bench import --lines 10000000"
        })
final class BenchImport implements Callable<Integer> {

    @Option(
            names = "--lines",
            paramLabel = "N",
            defaultValue = "2000000",
            description = "Lines per log (default: ${DEFAULT-VALUE}).")
    long lines;

    @Option(
            names = "--objects",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "Distinct objects the lines ask for (default: ${DEFAULT-VALUE}).")
    int objects;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "3",
            description = "Imports per log (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Folder for the generated logs (default: a folder in the temp dir).")
    Path dir;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (lines < 1 || objects < 1 || passes < 1) {
            throw new Cdnx.UsageException("--lines, --objects and --passes must be 1 or more");
        }
        Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "cdnx-bench-import");
        Files.createDirectories(folder);
        List<Map<String, Object>> rows = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (LogFormat f : new LogFormat[] {LogFormat.CLOUDFRONT, LogFormat.NGINX}) {
            ImportBench.Figures r = ImportBench.run(f, lines, objects, passes, folder);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", r.format());
            m.put("lines", r.lines());
            m.put("fileBytes", r.fileBytes());
            m.put("objects", r.objects());
            m.put("seconds", r.seconds());
            m.put("bestLinesPerSecond", Math.round(r.bestLinesPerSecond()));
            m.put("bestCpuLinesPerSecond", Math.round(r.bestCpuLinesPerSecond()));
            m.put("peakHeapMiB", r.peakHeapBytes() >> 20);
            rows.add(m);
            if (!json) {
                out.printf(
                        Locale.ROOT,
                        "%-10s %,d lines (%,d MiB), %,d objects: best %,.0f lines/s (by CPU time %,.0f), passes %s s,"
                                + " peak heap %,d MiB%n",
                        r.format(),
                        r.lines(),
                        r.fileBytes() >> 20,
                        r.objects(),
                        r.bestLinesPerSecond(),
                        r.bestCpuLinesPerSecond(),
                        java.util.Arrays.toString(r.seconds()),
                        r.peakHeapBytes() >> 20);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("imports", rows);
        doc.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        doc.put("loadAverage", BenchCommand.loadAverage());
        if (json) {
            BenchCommand.print(spec, doc);
        } else {
            out.printf(
                    Locale.ROOT,
                    "max heap %,d MiB, load average %.2f (%d processors)%n",
                    Runtime.getRuntime().maxMemory() >> 20,
                    BenchCommand.loadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        }
        return 0;
    }
}
