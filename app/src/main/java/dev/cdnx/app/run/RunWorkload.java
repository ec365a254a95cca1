package dev.cdnx.app.run;

import dev.cdnx.model.engine.RunInputs;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.traffic.WorkloadRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the live run runs when the scenario names an imported workload ({@code workload.file}): the same
 * fitted traffic or log replay as {@code cdnx simulate SCENARIO}, through the model's {@link WorkloadRun}.
 * The last preparation is kept, so restarting the same run (reset, a seek backwards) does not read the log
 * again. A workload that cannot be read leaves the drawing's own traffic running, and {@link #note()} says why.
 */
final class RunWorkload {

    private Supplier<Path> folder = () -> null;
    private String lastKey;
    private WorkloadRun.Prepared last;
    private String note = "";

    void setFolder(Supplier<Path> folder) {
        this.folder = folder == null ? () -> null : folder;
    }

    /** The run of {@code s} (a copy the caller owns, with the run's model and head applied). */
    WorkloadRun.Prepared prepare(Scenario s) {
        if (s.workload.file == null || s.workload.file.isBlank()) {
            note = "";
            return WorkloadRun.drawn(s);
        }
        Path dir = folder.get();
        String key = RunInputs.of(s) + "\u0000" + dir;
        if (Objects.equals(key, lastKey)) {
            return last;
        }
        try {
            last = WorkloadRun.ofScenario(s, dir);
            note = last.replay() != null
                    ? String.format(
                            Locale.ROOT,
                            "Replaying the log of %s (%,d requests)",
                            s.workload.file,
                            last.replay().requests().size())
                    : "Traffic fitted to " + s.workload.file;
        } catch (IOException | RuntimeException e) {
            last = WorkloadRun.drawn(s);
            note = "The drawn workload runs: " + e.getMessage();
        }
        lastKey = key;
        return last;
    }

    /** What the run's traffic is, when it comes from a workload file; empty otherwise. */
    String note() {
        return note;
    }
}
