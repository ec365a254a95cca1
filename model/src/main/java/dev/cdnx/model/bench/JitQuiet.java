package dev.cdnx.model.bench;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Waits until the JIT compilers have stopped working, so that a timed section does not start with a
 * backlog of compilations that earlier code asked for. The JVM queues a compilation when a method gets
 * warm and compiles it on its own threads later; on two cores, a backlog left by the previous section
 * lands in the next one and takes a core from it.
 */
final class JitQuiet {

    /** How long the compiler's total time must stay unchanged to count as idle. */
    static final long QUIET_MILLIS = 50;

    /** Never wait longer than this: a JIT that keeps compiling must not stall the benchmark. */
    static final long MAX_WAIT_MILLIS = 3_000;

    private static final long POLL_MILLIS = 10;

    private JitQuiet() {}

    /**
     * Polls {@code compileMillis} (the compilers' total time so far) every few milliseconds, pausing with
     * {@code pause}, until it has not grown for {@link #QUIET_MILLIS}, or {@link #MAX_WAIT_MILLIS} have
     * passed.
     *
     * @return the milliseconds waited
     */
    static long await(LongSupplier compileMillis, LongConsumer pause) {
        long waited = 0;
        long quietFor = 0;
        long last = compileMillis.getAsLong();
        while (quietFor < QUIET_MILLIS && waited < MAX_WAIT_MILLIS) {
            pause.accept(POLL_MILLIS);
            waited += POLL_MILLIS;
            long now = compileMillis.getAsLong();
            quietFor = now == last ? quietFor + POLL_MILLIS : 0;
            last = now;
        }
        return waited;
    }

    /** Sleeps {@code millis}; an interrupt ends the wait early and is kept for the caller. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
