package dev.cdnx.model.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.traffic.ImportListener;
import dev.cdnx.model.traffic.LogReplay;
import dev.cdnx.model.traffic.WorkloadFiles;
import dev.cdnx.model.traffic.WorkloadRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code simulate}'s imported-workload options: run the drawing on a workload file's fitted traffic
 * (scalable) or replay the log it came from, request by request. A scenario's own {@code workload.file}
 * is used when {@code --workload} is not given, and its {@code workload.mode} when neither flag is.
 */
final class WorkloadOptions {

    @Option(names = "--workload", paramLabel = "FILE", description = "A workload file from cdnx import.")
    Path file;

    @Option(names = "--replay", description = "Replay the workload's log, each request at its time and region.")
    boolean replay;

    @Option(names = "--fitted", description = "Run synthetic traffic fitted to the workload (the default).")
    boolean fitted;

    @Option(
            names = "--traffic-scale",
            paramLabel = "N",
            defaultValue = "1",
            description = "Fitted runs: multiply the log's request rate (default: ${DEFAULT-VALUE}).")
    double trafficScale;

    @Option(
            names = "--catalog-scale",
            paramLabel = "N",
            defaultValue = "1",
            description = "Fitted runs: multiply the log's number of objects (default: ${DEFAULT-VALUE}).")
    double catalogScale;

    /** The workload to use, or null: {@code --workload}, else the scenario's {@code workload.file}. */
    Path workloadFile(Scenario s, Path scenarioFile) throws IOException {
        if (file != null) {
            return file;
        }
        if (s.workload.file == null || s.workload.file.isBlank()) {
            if (replay || fitted) {
                throw new Cdnx.UsageException(
                        (replay ? "--replay" : "--fitted") + " needs a workload: give --workload FILE"
                                + " (made by cdnx import) or set workload.file in the scenario");
            }
            return null;
        }
        Path dir = scenarioFile.toAbsolutePath().getParent();
        return WorkloadFiles.resolve(s.workload.file, dir);
    }

    /** Checks the flags; a usage error for contradictions. */
    void check() {
        if (replay && fitted) {
            throw new Cdnx.UsageException("--replay and --fitted: choose one");
        }
        if ((replay || fitted) && file == null) {
            // A scenario's workload.file may still supply one; checked when it is read.
            return;
        }
        if (!(trafficScale > 0) || !(catalogScale > 0)) {
            throw new Cdnx.UsageException(
                    "--traffic-scale and --catalog-scale must be above 0, e.g. --traffic-scale 10");
        }
    }

    /**
     * The run of {@code s} on {@code workloadFile}: the mode the flags ask for, else the scenario's
     * {@code workload.mode} (fitted when it says nothing).
     */
    WorkloadRun.Prepared prepare(Scenario s, Path workloadFile) throws IOException {
        WorkloadRun.Mode mode = replay ? WorkloadRun.Mode.REPLAY : fitted ? WorkloadRun.Mode.FITTED : null;
        return WorkloadRun.prepare(s, workloadFile, mode, trafficScale, catalogScale, ImportListener.NONE);
    }

    /** Runs a prepared replay and prints totals and the comparison with the log. */
    static int replay(WorkloadRun.Prepared p, Path workloadFile, boolean json, PrintWriter out) throws Exception {
        long start = System.nanoTime();
        LogReplay.Result r = LogReplay.run(p.replay());
        double wall = (System.nanoTime() - start) / 1e9;
        if (json) {
            Map<String, Object> m = RunResultJson.toMap(r.run(), wall);
            m.put("comparison", r.comparison());
            out.println(ScenarioIO.mapper()
                    .writer()
                    .with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(m));
        } else {
            out.println("Replay of " + WorkloadRun.logOf(p.workload(), workloadFile) + " (" + p.workload().requests
                    + " requests)");
            SimulateCommand.printTable(out, r.run(), wall);
            out.println("Log against simulation (simulated per region: the drawing's edges there)");
            out.print(r.comparison().table());
        }
        out.flush();
        return 0;
    }
}
