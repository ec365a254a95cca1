package dev.cdnx.model.cli;

import dev.cdnx.model.io.LoadResult;
import dev.cdnx.model.io.ScenarioException;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import dev.cdnx.model.units.UnitFormatException;
import dev.cdnx.model.validation.ResourceBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and the options that change it, shared by simulate, sweep and report. */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.json).")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every random draw (default: the file's).")
    Long seed;

    @Option(names = "--duration", paramLabel = "D", description = "Simulated duration, e.g. 10m, 3600s.")
    String duration;

    @Option(names = "--model", paramLabel = "MODEL", description = "Delivery model: pull, push or hybrid.")
    String model;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Change a field by its JSON path, e.g. policy.ttlJitter=300s. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--allow-long", description = "Run even when the run would simulate over 500 million requests.")
    boolean allowLong;

    /**
     * The scenario with every option applied.
     *
     * @throws ScenarioException with one line per problem when the file or an option is wrong, or when
     *         the run would not fit in this Java's heap or is long without {@code --allow-long}
     *         ({@link ResourceBudget})
     */
    Scenario load() {
        LoadResult r = ScenarioIO.read(file);
        Scenario s = r.orThrow();
        List<String> all = new ArrayList<>(sets);
        if (model != null) {
            try {
                DeliveryModel.fromId(model);
            } catch (IllegalArgumentException e) {
                throw new Cdnx.UsageException("--model " + model + ": expected pull, push or hybrid");
            }
            all.add("delivery.model=" + model.toLowerCase(java.util.Locale.ROOT));
        }
        if (duration != null) {
            try {
                SimDuration.parse(duration);
            } catch (UnitFormatException e) {
                throw new Cdnx.UsageException("--duration " + duration + ": " + e.getMessage());
            }
            all.add("duration=" + duration);
        }
        if (seed != null) {
            all.add("seed=" + seed);
        }
        Scenario changed = ScenarioOverrides.apply(s, all);
        List<Problem> budget =
                ResourceBudget.check(changed, Runtime.getRuntime().maxMemory(), allowLong);
        if (!budget.isEmpty()) {
            List<Problem> placed =
                    budget.stream().map(p -> p.at(file.toString(), 0, 0)).toList();
            throw new ScenarioException(
                    String.join("\n", placed.stream().map(Problem::format).toList()), placed);
        }
        return changed;
    }
}
