package dev.cdnx.model.engine;

import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs one scenario once per value of a parameter (any field by its JSON path), on the same seed, so
 * the runs differ only in that parameter. The command line and the app's what-if panel both use it.
 */
public final class Sweep {

    /** One point of a sweep: the value written and the run's totals. */
    public record Point(String value, RunResult result) {
    }

    private Sweep() {
    }

    /**
     * Runs the sweep. {@code progress} hears the number of finished runs; {@code cancelled} is asked
     * between runs, and a cancelled sweep returns the points done so far.
     *
     * @throws dev.cdnx.model.io.ScenarioException when a value does not fit the parameter
     */
    public static List<Point> run(Scenario base, String path, List<String> values, IntConsumer progress,
            BooleanSupplier cancelled) {
        List<Scenario> variants = new ArrayList<>();
        for (String v : values) {
            variants.add(ScenarioOverrides.apply(base, List.of(path + "=" + v)));
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            out.add(new Point(values.get(i), new Simulation(variants.get(i)).run()));
            progress.accept(i + 1);
        }
        return out;
    }
}
