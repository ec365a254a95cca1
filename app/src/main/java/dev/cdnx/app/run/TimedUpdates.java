package dev.cdnx.app.run;

import dev.cdnx.model.engine.LiveSnapshot;
import dev.cdnx.model.engine.RunResult;
import java.util.ArrayDeque;

/**
 * The engine's snapshots and totals, held back until the display clock reaches the simulated time they
 * describe: the engine runs ahead of what is on screen, and the charts and counters must not.
 */
final class TimedUpdates {

    private static final double EPSILON = 1e-9;

    private final ArrayDeque<LiveSnapshot> snapshots = new ArrayDeque<>();
    private final ArrayDeque<RunResult> results = new ArrayDeque<>();

    void add(LiveSnapshot s) {
        snapshots.add(s);
    }

    void add(RunResult r) {
        results.add(r);
    }

    void clear() {
        snapshots.clear();
        results.clear();
    }

    /**
     * Releases the snapshots due by display time t, oldest first, into {@code history}; returns the newest
     * of them, or null when none was due.
     */
    LiveSnapshot snapshotsDue(double t, MetricsHistory history) {
        LiveSnapshot s = null;
        while (!snapshots.isEmpty() && snapshots.peek().time() <= t + EPSILON) {
            s = snapshots.poll();
            history.add(s);
        }
        return s;
    }

    /** The newest totals due by display time t, or null when none are; older ones are dropped. */
    RunResult resultDue(double t) {
        RunResult r = null;
        while (!results.isEmpty() && results.peek().simulatedSeconds() <= t + EPSILON) {
            r = results.poll();
        }
        return r;
    }
}
