package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs on the shared pool give the same points, in the same order, as runs made one after another. */
class RunPoolTest {

    private static final List<String> JITTERS = List.of("0s", "30s", "60s", "300s");

    private static List<List<String>> assignments() {
        List<List<String>> out = new ArrayList<>();
        for (String j : JITTERS) {
            out.add(List.of("policy.ttlJitter=\"" + j + "\""));
        }
        return out;
    }

    private static String json(RunResult r) {
        return RunResultJson.toMap(r, 1.0).toString();
    }

    @Test
    void aParallelSweepEqualsTheSequentialOneInInputOrder() {
        Scenario base = Samples.load("hello-cdn", "duration=60s");
        AtomicInteger submitted = new AtomicInteger();
        Executor counting = task -> {
            submitted.incrementAndGet();
            RunPool.shared().execute(task);
        };
        List<Integer> heard = new ArrayList<>();
        List<Sweep.Point> parallel = Sweep.run(base, JITTERS, assignments(), heard::add, () -> false, counting);
        List<Sweep.Point> sequential =
                Sweep.run(base, JITTERS, assignments(), n -> {}, () -> false, RunPool.sequential());
        assertEquals(8, submitted.get(), "every variant's reading and every run went to the pool");
        assertEquals(List.of(1, 2, 3, 4), heard, "progress counts finished runs in order");
        assertEquals(4, parallel.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(JITTERS.get(i), parallel.get(i).value());
            assertEquals(json(sequential.get(i).result()), json(parallel.get(i).result()), JITTERS.get(i));
        }
    }

    @Test
    void theSharedPoolHasOneThreadPerCoreAndRunsThemAtOnce() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        CountDownLatch allStarted = new CountDownLatch(cores);
        List<Function<BooleanSupplier, Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            int n = i;
            tasks.add(stop -> {
                allStarted.countDown();
                try {
                    // Returns only when every task is running at the same time.
                    return allStarted.await(30, TimeUnit.SECONDS) ? n : -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            });
        }
        List<Integer> out = RunPool.runAll(RunPool.shared(), tasks, n -> {}, () -> false);
        for (int i = 0; i < cores; i++) {
            assertEquals(i, out.get(i), "task " + i + " ran alongside the others");
        }
    }

    @Test
    void aCancelStopsEveryRunningRunAndKeepsOnlyTheFinishedPrefix() {
        Scenario base = Samples.load("hello-cdn");
        AtomicInteger asked = new AtomicInteger();
        AtomicBoolean cancel = new AtomicBoolean();
        List<Sweep.Point> points = Sweep.run(
                base,
                JITTERS,
                assignments(),
                n -> {},
                () -> {
                    if (asked.incrementAndGet() >= 6) {
                        cancel.set(true);
                    }
                    return cancel.get();
                },
                RunPool.shared());
        assertTrue(points.isEmpty(), "no run reached its end: " + points.size());
        assertTrue(asked.get() < 40, "stopped within the first slices, not after whole runs: " + asked.get());
    }

    @Test
    void aFailingRunIsThrownAsItWasAndStopsTheOthers() {
        List<Function<BooleanSupplier, String>> tasks = List.of(
                stop -> {
                    throw new IllegalStateException("run 1 broke");
                },
                stop -> {
                    while (!stop.getAsBoolean()) {
                        Thread.onSpinWait();
                    }
                    return null;
                });
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> RunPool.runAll(RunPool.shared(), tasks, n -> {}, () -> false));
        assertEquals("run 1 broke", e.getMessage());
    }
}
