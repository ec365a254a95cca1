package dev.cdnx.app.run;

/**
 * "Slow down near events" as a pure function of the shown time: the speed eases down to {@link #SLOW}
 * over the {@link #APPROACH} simulated seconds before an event, holds there for {@link #HOLD} seconds
 * after it and eases back up over {@link #LEAVE} seconds. The easing is geometric (the speed's logarithm
 * moves linearly), so a run at 1000× still spends a couple of real seconds on the approach rather than
 * jumping from 1000× to 0.25× in one frame. A user speed at or below {@link #SLOW} is left alone.
 */
final class EventPacing {

    static final double SLOW = 0.25;
    static final double APPROACH = 5;
    static final double HOLD = 1;
    static final double LEAVE = 5;
    /** "As fast as possible" eases from this finite speed (the slider's top finite value). */
    static final double FASTEST_FINITE = Math.pow(10, RunToolbar.SPEED_MAX);

    private EventPacing() {}

    /** The speed to run at time {@code t}, given the events' times and the speed the user chose. */
    static double speedAt(double t, double[] eventTimes, double user) {
        double base = Double.isInfinite(user) ? FASTEST_FINITE : user;
        if (!(base > SLOW)) {
            return user;
        }
        double f = 1;
        for (double e : eventTimes) {
            double d = t < e ? (e - t) / APPROACH : t - e <= HOLD ? 0 : (t - e - HOLD) / LEAVE;
            f = Math.min(f, d);
        }
        return f >= 1 ? user : SLOW * Math.pow(base / SLOW, f);
    }
}
