package dev.cdnx.model.bench;

import dev.cdnx.model.engine.CacheFloor;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine against the caches' own floor on the same requests, in one process: passes alternate
 * (floor, engine, floor, engine, ...) so both see the same machine load, JIT state and heap. The floor
 * is {@link CacheFloor} one request at a time, the way an event engine must go; the ratio is
 * floor rate ÷ engine rate, i.e. how many times slower than its caches alone the engine runs.
 */
public final class EngineBench {

    /** Every pass's rate, the medians, and the counts that show both sides saw the same traffic. */
    public record Report(
            String scenario,
            long requests,
            long engineRequests,
            double engineHitRatio,
            double floorEdgeHitRatio,
            List<Double> floorRates,
            List<Double> engineRates,
            List<Double> floorCpuRates,
            List<Double> engineCpuRates) {

        public double floorRequestsPerSecond() {
            return median(floorRates);
        }

        public double engineRequestsPerSecond() {
            return median(engineRates);
        }

        /** Floor ÷ engine: 1 would be an engine as fast as its caches alone. */
        public double ratio() {
            return floorRequestsPerSecond() / engineRequestsPerSecond();
        }

        /**
         * Floor ÷ engine on the thread's CPU time instead of the wall clock: on a machine shared with other
         * work, time spent waiting for a core counts on neither side, so this is the steadier figure.
         */
        public double cpuRatio() {
            return median(floorCpuRates) / median(engineCpuRates);
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private EngineBench() {}

    /**
     * Runs {@code passes} floor passes and as many engine runs, interleaved, after an untimed floor pass
     * and a tenth of an engine run, so that neither side's first timed pass includes the JIT's work.
     */
    public static Report run(Scenario scenario, int passes) {
        CacheFloor floor = new CacheFloor(scenario);
        floor.pass(true);
        Simulation warmUp = new Simulation(scenario);
        warmUp.runUntil(warmUp.duration() / 10);
        List<Double> floorRates = new ArrayList<>();
        List<Double> engineRates = new ArrayList<>();
        double floorEdge = 0;
        RunResult last = null;
        List<Double> floorCpu = new ArrayList<>();
        List<Double> engineCpu = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            CacheFloor.Pass p = floor.pass(true);
            floorCpu.add(floor.requests() / ((CPU.getCurrentThreadCpuTime() - cpu0) / 1e9));
            floorRates.add(p.requestsPerSecond());
            floorEdge = p.edgeHitRatio();
            long start = System.nanoTime();
            cpu0 = CPU.getCurrentThreadCpuTime();
            last = new Simulation(scenario).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            engineCpu.add(last.requests() / ((CPU.getCurrentThreadCpuTime() - cpu0) / 1e9));
            engineRates.add(last.requests() / seconds);
        }
        return new Report(
                scenario.name,
                floor.requests(),
                last == null ? 0 : last.requests(),
                last == null ? 0 : last.hitRatio(),
                floorEdge,
                floorRates,
                engineRates,
                floorCpu,
                engineCpu);
    }

    /** The median of the passes (NaN for none). */
    public static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
