package dev.cdnx.model.traffic;

import dev.cdnx.model.engine.ReplayRequests;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a scenario is run on an imported workload, said once for {@code cdnx simulate} and the window: fitted
 * traffic from the workload file (the default) or a replay of the log it names, as the scenario's
 * {@code workload.mode} says unless the caller overrides it. A scenario without {@code workload.file} runs
 * as drawn.
 */
public final class WorkloadRun {

    /** The two ways to run a workload. */
    public enum Mode {
        FITTED,
        REPLAY;

        /** The mode a scenario's {@code workload.mode} names (null: fitted); null for an unknown word. */
        public static Mode named(String word) {
            if (word == null || word.isBlank()) {
                return FITTED;
            }
            return switch (word.trim().toLowerCase(Locale.ROOT)) {
                case "fitted" -> FITTED;
                case "replay" -> REPLAY;
                default -> null;
            };
        }
    }

    /** What to run: the scenario, and for a replay its requests and the log's workload (for the comparison). */
    public record Prepared(Scenario scenario, LogReplay.Prepared replay, Workload workload) {

        /** A new simulation of this run, on the scenario's seed. */
        public Simulation simulation() {
            return replay == null ? new Simulation(scenario, scenario.seed) : new Simulation(scenario, requests());
        }

        /** The replay's requests, or null for fitted or drawn traffic. */
        public ReplayRequests requests() {
            return replay == null ? null : replay.requests();
        }
    }

    private WorkloadRun() {}

    /** The scenario as drawn: no workload file. */
    public static Prepared drawn(Scenario s) {
        return new Prepared(s, null, null);
    }

    /**
     * The run of {@code s} on the workload in {@code workloadFile}; {@code mode} null means the scenario's
     * {@code workload.mode}. The scenario is not changed.
     *
     * @throws IOException naming the file and the fix when the workload or its log cannot be read
     */
    public static Prepared prepare(
            Scenario s, Path workloadFile, Mode mode, double trafficScale, double catalogScale, ImportListener listener)
            throws IOException {
        Workload w = WorkloadFiles.load(workloadFile);
        Mode m = mode != null ? mode : Mode.named(s.workload.mode);
        if (m == null) {
            throw new IOException("workload.mode \"" + s.workload.mode + "\" is neither \"fitted\" nor \"replay\"");
        }
        if (m == Mode.FITTED) {
            return new Prepared(FittedWorkload.apply(s, w, trafficScale, catalogScale), null, w);
        }
        LogFormat f = LogFormat.parse(w.source.format);
        FieldMap map = w.source.fields == null ? null : FieldMap.FASTLY.with(w.source.fields);
        LogReplay.Prepared p =
                LogReplay.prepare(s, logOf(w, workloadFile), new ImportOptions(f, w.source.pattern, map), listener);
        return new Prepared(p.scenario(), p, w);
    }

    /**
     * The run of a scenario as its file says: its {@code workload.file} resolved against {@code folder}
     * (the scenario's folder), fitted or replayed by its {@code workload.mode}, unscaled; as drawn without
     * a workload file.
     *
     * @throws IOException when the file names a workload that cannot be read (outside the folder, missing,
     *     damaged), or the folder is unknown (a scenario never saved)
     */
    public static Prepared ofScenario(Scenario s, Path folder) throws IOException {
        if (s.workload.file == null || s.workload.file.isBlank()) {
            return drawn(s);
        }
        if (folder == null) {
            throw new IOException("workload.file \"" + s.workload.file + "\" is read beside the scenario, and this"
                    + " scenario has no folder yet; save it beside the workload file");
        }
        return prepare(s, WorkloadFiles.resolve(s.workload.file, folder), null, 1, 1, ImportListener.NONE);
    }

    /** The log a workload names: as written when it exists, else beside the workload file. */
    public static Path logOf(Workload w, Path workloadFile) {
        Path log = Path.of(w.source.file);
        Path dir = workloadFile.toAbsolutePath().getParent();
        if (log.isAbsolute() || dir == null || Files.exists(log)) {
            return log;
        }
        return dir.resolve(log);
    }
}
