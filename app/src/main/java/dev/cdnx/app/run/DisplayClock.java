package dev.cdnx.app.run;

/**
 * The simulated time a live run shows. The engine runs a little ahead of the screen; the shown time
 * follows wall time × speed and never passes the engine, so dots and charts never show what has not been
 * simulated yet.
 */
final class DisplayClock {

    private DisplayClock() {}

    /**
     * The shown time after {@code dtNanos} of wall time, from {@code shown}. At "as fast as possible"
     * (infinite speed) it is the engine's time. Paused, it still glides to the engine's time, closing about
     * two thirds of the gap every quarter of a second, so a step (one event, one request) shows at once
     * and its dots still move.
     */
    static double advance(double shown, double engineTime, double speed, boolean playing, long dtNanos) {
        double gap = engineTime - shown;
        if (gap <= 0) {
            return shown;
        }
        if (Double.isInfinite(speed)) {
            return engineTime;
        }
        double adv = speed * dtNanos * 1e-9;
        if (!playing) {
            adv = Math.max(adv, gap * Math.min(1, dtNanos * 1e-9 / 0.25));
        }
        return gap - adv < 1e-6 ? engineTime : shown + adv;
    }
}
