package dev.cdnx.app.run;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A {@link RunContext} a test drives by hand: what the engine's thread posts for the UI waits in a queue
 * until {@link #drain()}, and frames come only from {@link #frame(long)}. Everything runs on the test's
 * thread; the only waiting is on the engine's own futures.
 */
final class ManualRunContext {

    private final Queue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private LongConsumer onFrame;
    private long now = 1;

    RunContext context() {
        return context(null);
    }

    /** The context with {@code guard} looking at each run before it plays (null: long runs declined). */
    RunContext context(RunGuard guard) {
        return new RunContext(
                posted::add,
                f -> {
                    onFrame = f;
                    return () -> onFrame = null;
                },
                guard);
    }

    /** Runs what was posted for the UI, including what those tasks post, until nothing is left. */
    void drain() {
        for (Runnable r = posted.poll(); r != null; r = posted.poll()) {
            r.run();
        }
    }

    /** One display frame {@code millis} after the last (nothing happens before the view starts pulses). */
    void frame(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
        if (onFrame != null) {
            onFrame.accept(now);
        }
    }

    /** Waits for the engine to finish what it was asked, runs what it posted, and shows its state at once. */
    void settle(RunViewModel vm) {
        engineIdle(vm);
        drain();
        vm.catchUp();
    }

    /**
     * Waits for the engine to finish what it was asked so far, then one frame: the frame the engine's
     * output is shown in. Playing runs are driven by calling this a bounded number of times.
     */
    void frameAfterEngine(RunViewModel vm, long millis) {
        engineIdle(vm);
        drain();
        frame(millis);
    }

    private static void engineIdle(RunViewModel vm) {
        try {
            vm.engineIdle().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the engine did not finish what it was asked", e);
        }
    }
}
