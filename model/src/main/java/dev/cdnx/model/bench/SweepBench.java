package dev.cdnx.model.bench;

import dev.cdnx.model.engine.RunPool;
import dev.cdnx.model.engine.RunResultJson;
import dev.cdnx.model.engine.Sweep;
import dev.cdnx.model.scenario.Scenario;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The same sweep run one point at a time and on the shared run pool, alternating (sequential, parallel,
 * sequential, ...) so both see the same load. Results must be equal point for point: a run is
 * single-threaded and deterministic wherever it runs.
 */
public final class SweepBench {

    /**
     * The timings of every round and whether every run gave the sequential reference's result;
     * {@code jitWaitMillis} is how long the timed sweeps waited in all for the compilers to go idle.
     */
    public record Report(
            String scenario,
            String param,
            List<String> values,
            int cores,
            List<Double> sequential,
            List<Double> parallel,
            boolean sameResults,
            List<Double> controlSpeedups,
            int warmupSweeps,
            long sequentialCompileMillis,
            long parallelCompileMillis,
            long jitWaitMillis) {

        /**
         * What the machine itself allowed at the time: the median speedup of the same arithmetic loop on
         * one thread twice against two threads at once, timed between the sweep rounds. Another process
         * on the cores caps the sweep's speedup at about this.
         */
        public double controlSpeedup() {
            return EngineBench.median(controlSpeedups);
        }

        public double sequentialSeconds() {
            return EngineBench.median(sequential);
        }

        public double parallelSeconds() {
            return EngineBench.median(parallel);
        }

        public double speedup() {
            return sequentialSeconds() / parallelSeconds();
        }
    }

    private SweepBench() {}

    /** Untimed sweeps each way before any is timed, at least and at most. */
    static final int MIN_WARMUP = 2;

    static final int MAX_WARMUP = 30;

    /**
     * Times {@code rounds} sweeps each way after untimed ones each way until the JIT has settled: while
     * it is still compiling, its compiler threads take the second core from the parallel sweep only (a
     * sweep one run at a time leaves that core to them), so the parallel figure read low. Two warm-up
     * sweeps were not enough: the JIT was still compiling the scenario reader, the validator and the
     * engine's colder paths for about 20 more rounds (hundreds of milliseconds of compiler time a round).
     */
    public static Report run(Scenario base, String param, List<String> values, int rounds) {
        int warmups = 0;
        while (warmups < MAX_WARMUP) {
            long compileBefore = compileMillis();
            long start = System.nanoTime();
            Sweep.run(base, values, assignments(param, values), n -> {}, () -> false, RunPool.sequential());
            Sweep.run(base, values, assignments(param, values), n -> {}, () -> false, RunPool.shared());
            warmups++;
            double wallMillis = (System.nanoTime() - start) / 1e6;
            if (warmups >= MIN_WARMUP && settled(compileMillis() - compileBefore, wallMillis)) {
                break;
            }
        }
        long[] compile = new long[2];
        long jitWait = 0;
        List<Double> seq = new ArrayList<>();
        List<Double> par = new ArrayList<>();
        List<List<Sweep.Point>> sweeps = new ArrayList<>();
        List<Double> control = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            control.add(controlSpeedup());
            for (Executor pool : List.of(RunPool.sequential(), RunPool.shared())) {
                // Each timed sweep starts with the compilers idle: the compilations the previous sweep asked
                // for used to run during the next one, and a one-at-a-time sweep was always followed by a
                // parallel one, so only the parallel sweeps paid for that backlog (594 ms against 116 ms of
                // compiler time on the quiet machine).
                jitWait += JitQuiet.await(SweepBench::compileMillis, JitQuiet::sleep);
                long compileBefore = compileMillis();
                long start = System.nanoTime();
                List<Sweep.Point> points =
                        Sweep.run(base, values, assignments(param, values), n -> {}, () -> false, pool);
                double seconds = (System.nanoTime() - start) / 1e9;
                boolean parallel = pool == RunPool.shared();
                (parallel ? par : seq).add(seconds);
                compile[parallel ? 1 : 0] += compileMillis() - compileBefore;
                sweeps.add(points);
            }
        }
        // Compared after the timed rounds: turning results into text between two timed sweeps warmed the
        // JSON and number-formatting code, whose compilation then ran during the next sweep.
        boolean same = sameResults(sweeps);
        return new Report(
                base.name,
                param,
                values,
                Runtime.getRuntime().availableProcessors(),
                seq,
                par,
                same,
                control,
                warmups,
                compile[0],
                compile[1],
                jitWait);
    }

    /** Whether every sweep's points have the same results as the first sweep's, point for point. */
    static boolean sameResults(List<List<Sweep.Point>> sweeps) {
        List<String> reference = null;
        boolean same = true;
        for (List<Sweep.Point> points : sweeps) {
            List<String> results = new ArrayList<>();
            for (Sweep.Point p : points) {
                results.add(RunResultJson.toMap(p.result(), 1.0).toString());
            }
            if (reference == null) {
                reference = results;
            } else {
                same &= reference.equals(results);
            }
        }
        return same;
    }

    /**
     * Whether the JIT has settled: a warm-up pair of sweeps during which the compiler threads worked for
     * less than 5 % of the pair's wall time (the compiler's time is summed over its threads).
     */
    static boolean settled(long compileMillis, double wallMillis) {
        return compileMillis < 0.05 * wallMillis;
    }

    /** The JIT compilers' total time so far, or 0 when the JVM does not report it. */
    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Times a pure arithmetic loop twice on this thread, then twice at once on two threads. */
    static double controlSpeedup() {
        long n = 30_000_000L;
        long start = System.nanoTime();
        long sink = spin(n) + spin(n);
        double oneThread = System.nanoTime() - start;
        start = System.nanoTime();
        List<Long> results = RunPool.runAll(
                RunPool.shared(),
                List.<Function<BooleanSupplier, Long>>of(stop -> spin(n), stop -> spin(n)),
                k -> {},
                () -> false);
        double twoThreads = System.nanoTime() - start;
        // Using the results keeps the JIT from removing the loops.
        return (sink + results.get(0) + results.get(1)) == 42 ? 0 : oneThread / twoThreads;
    }

    private static long spin(long n) {
        long x = 1;
        for (long i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    private static List<List<String>> assignments(String param, List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (String v : values) {
            out.add(List.of(param + "=" + v));
        }
        return out;
    }
}
