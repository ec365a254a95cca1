package dev.cdnx.model.engine;

import dev.cdnx.model.io.ScenarioOverrides;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs one scenario once per value of a parameter (any field by its JSON path, or several fields set
 * together), on the same seed, so the runs differ only in that parameter. The command line and the app's
 * what-if panel both use it. The runs go to {@link RunPool#shared()}, several at once, each on one thread;
 * the points come back in the order of the values, equal to those of runs made one after another.
 */
public final class Sweep {

    /** How many slices a run is cut into so that a cancel is heard within one of them. */
    private static final int SLICES = 200;

    /** One point of a sweep: the value written, the scenario it made, and the run's totals. */
    public record Point(String value, Scenario scenario, RunResult result) {}

    private Sweep() {}

    /**
     * Runs the sweep of one JSON path. {@code progress} hears the number of finished runs; {@code cancelled}
     * is asked between slices of each run, and a cancelled sweep returns the points done so far (the
     * leading points whose runs all finished).
     *
     * @throws dev.cdnx.model.io.ScenarioException when a value does not fit the parameter
     */
    public static List<Point> run(
            Scenario base, String path, List<String> values, IntConsumer progress, BooleanSupplier cancelled) {
        List<List<String>> assignments = new ArrayList<>();
        for (String v : values) {
            assignments.add(List.of(path + "=" + v));
        }
        return run(base, values, assignments, progress, cancelled);
    }

    /**
     * Runs the sweep of a parameter that needs several assignments per value: point i is labelled
     * {@code labels.get(i)} and sets every {@code PATH=VALUE} of {@code assignments.get(i)} (an empty list
     * runs the base scenario). Every variant is built (on the pool) before the first run, so a value that
     * does not fit fails before any time is spent.
     *
     * @throws dev.cdnx.model.io.ScenarioException when an assignment does not fit its field
     */
    public static List<Point> run(
            Scenario base,
            List<String> labels,
            List<List<String>> assignments,
            IntConsumer progress,
            BooleanSupplier cancelled) {
        return run(base, labels, assignments, progress, cancelled, RunPool.shared());
    }

    /** As {@link #run(Scenario, List, List, IntConsumer, BooleanSupplier)}, with the runs on {@code pool}. */
    public static List<Point> run(
            Scenario base,
            List<String> labels,
            List<List<String>> assignments,
            IntConsumer progress,
            BooleanSupplier cancelled,
            Executor pool) {
        if (labels.size() != assignments.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + assignments.size() + " values");
        }
        // The variants are read and validated on the pool too: one at a time on the caller they were about
        // a twentieth of a hello-cdn sweep, all of it a part that a second core could not shorten.
        List<Function<BooleanSupplier, Scenario>> builds = new ArrayList<>();
        for (List<String> a : assignments) {
            builds.add(stop -> ScenarioOverrides.apply(base, a));
        }
        List<Scenario> variants = RunPool.runAll(pool, builds, n -> {}, cancelled);
        if (variants.size() < assignments.size()) {
            return List.of();
        }
        List<Function<BooleanSupplier, Point>> runs = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            String label = labels.get(i);
            Scenario variant = variants.get(i);
            runs.add(stop -> {
                RunResult r = runUnlessCancelled(new Simulation(variant), stop);
                return r == null ? null : new Point(label, variant, r);
            });
        }
        return RunPool.runAll(pool, runs, progress, cancelled);
    }

    /**
     * Runs a simulation to its end in slices of at most {@link #SLICES} of its duration, asking
     * {@code cancelled} between slices: a cancel is heard within one slice, not after a whole run.
     *
     * @return the result, or null when cancelled before the end
     */
    public static RunResult runUnlessCancelled(Simulation sim, BooleanSupplier cancelled) {
        double step = Math.max(1e-3, sim.duration() / SLICES);
        while (sim.now() < sim.duration()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            sim.runUntil(Math.min(sim.duration(), sim.now() + step));
        }
        return cancelled.getAsBoolean() ? null : sim.run();
    }
}
