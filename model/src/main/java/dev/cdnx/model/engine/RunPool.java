package dev.cdnx.model.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Where independent engine runs go (a sweep's points, the three delivery models of a measured bill, the
 * Compare panel's run): one pool of daemon threads, as many as the machine has cores. Each run stays on
 * one thread and is deterministic, so running several at once gives the same results as one after
 * another, only sooner. {@link #runAll} hands the results back in input order.
 */
public final class RunPool {

    private static volatile ExecutorService shared;

    private RunPool() {}

    /** The shared pool: {@code availableProcessors()} daemon threads, made on first use. */
    public static Executor shared() {
        ExecutorService pool = shared;
        if (pool == null) {
            synchronized (RunPool.class) {
                pool = shared;
                if (pool == null) {
                    AtomicInteger n = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(
                            Runtime.getRuntime().availableProcessors(),
                            r -> new PoolThread(r, "cdnx-run-" + n.incrementAndGet()));
                    shared = pool;
                }
            }
        }
        return pool;
    }

    /** Runs every task on the calling thread, one after another: the sequential reference. */
    public static Executor sequential() {
        return Runnable::run;
    }

    /**
     * Runs every task on {@code pool} and waits for them. Each task gets a stop signal to ask between
     * slices of its run: true once {@code cancelled} says so or another task has failed; a stopped task
     * returns null. {@code progress} hears the number of finished tasks, one by one (1, 2, ...), from
     * whichever thread finished.
     *
     * @return the results in input order, cut before the first task that did not finish (a cancelled
     *         batch returns the prefix that is complete)
     * @throws RuntimeException the first failure in input order, as the task threw it
     */
    public static <T> List<T> runAll(
            Executor pool, List<Function<BooleanSupplier, T>> tasks, IntConsumer progress, BooleanSupplier cancelled) {
        Executor where = Thread.currentThread() instanceof PoolThread ? sequential() : pool;
        // Set by a failure or by the first "cancelled" heard; from then on nobody asks again.
        AtomicBoolean stopped = new AtomicBoolean();
        BooleanSupplier stop = () -> {
            if (!stopped.get() && cancelled.getAsBoolean()) {
                stopped.set(true);
            }
            return stopped.get();
        };
        Object lock = new Object();
        int[] done = {0};
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (Function<BooleanSupplier, T> task : tasks) {
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        if (stop.getAsBoolean()) {
                            return null;
                        }
                        T result;
                        try {
                            result = task.apply(stop);
                        } catch (RuntimeException | Error e) {
                            stopped.set(true);
                            throw e;
                        }
                        if (result != null) {
                            // One at a time, so the counts reach the listener in order.
                            synchronized (lock) {
                                progress.accept(++done[0]);
                            }
                        }
                        return result;
                    },
                    where));
        }
        List<T> out = new ArrayList<>();
        RuntimeException firstFailure = null;
        boolean complete = true;
        for (CompletableFuture<T> f : futures) {
            T r;
            try {
                r = f.join();
            } catch (CompletionException e) {
                if (firstFailure == null) {
                    firstFailure = e.getCause() instanceof RuntimeException re ? re : e;
                }
                complete = false;
                continue;
            }
            if (r == null) {
                complete = false;
            } else if (complete) {
                out.add(r);
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return out;
    }

    /** A thread of the shared pool: a batch started from one runs inline, so the pool never waits on itself. */
    private static final class PoolThread extends Thread {
        PoolThread(Runnable r, String name) {
            super(r, name);
            setDaemon(true);
        }
    }
}
