package dev.cdnx.model.http;

/**
 * The time a cache lives in, in milliseconds since the epoch. The model never reads the wall clock: the
 * simulation passes its own time, tests pass a {@link Manual} clock they move by hand.
 */
@FunctionalInterface
public interface CacheClock {

    /** Now, in epoch milliseconds. */
    long nowMillis();

    /** A clock that only moves when told to; starts at the given instant. Not thread-safe. */
    final class Manual implements CacheClock {
        private long now;

        public Manual(long startMillis) {
            this.now = startMillis;
        }

        @Override
        public long nowMillis() {
            return now;
        }

        /** Moves the clock forward (or back, for a negative amount). */
        public void advanceSeconds(double seconds) {
            now += Math.round(seconds * 1000);
        }
    }
}
