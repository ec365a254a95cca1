package dev.cdnx.model.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The wait before each timed sweep: over once the compilers' time stops growing, and never unbounded. */
class JitQuietTest {

    /** A fake clock: the pause only advances it, and the compilers' time follows a script of that clock. */
    private static final class FakeJit {
        final AtomicLong clock = new AtomicLong();
        final long busyUntil;

        FakeJit(long busyUntil) {
            this.busyUntil = busyUntil;
        }

        long compileMillis() {
            // Grows by one for every poll while "compiling", then stays put.
            return Math.min(clock.get(), busyUntil);
        }

        void pause(long millis) {
            clock.addAndGet(millis);
        }
    }

    @Test
    void anIdleCompilerEndsTheWaitAfterTheQuietPeriod() {
        FakeJit jit = new FakeJit(0);
        assertEquals(JitQuiet.QUIET_MILLIS, JitQuiet.await(jit::compileMillis, jit::pause));
    }

    @Test
    void aBusyCompilerIsWaitedForUntilItHasBeenQuietLongEnough() {
        FakeJit jit = new FakeJit(400);
        assertEquals(400 + JitQuiet.QUIET_MILLIS, JitQuiet.await(jit::compileMillis, jit::pause));
    }

    @Test
    void aCompilerThatNeverStopsIsWaitedForAtMostTheCap() {
        FakeJit jit = new FakeJit(Long.MAX_VALUE);
        assertEquals(JitQuiet.MAX_WAIT_MILLIS, JitQuiet.await(jit::compileMillis, jit::pause));
    }
}
