package dev.cdnx.app.run.chart;

/**
 * The stretch of simulated time the live charts show: the last minute, the last ten minutes, or the whole
 * run so far. {@link #window} turns it into a range for the time shown now; a range the user drags on a
 * chart overrides it until a span is chosen again.
 */
public enum ChartSpan {
    LAST_MINUTE("Last 60 s", 60),
    LAST_TEN_MINUTES("Last 10 min", 600),
    WHOLE_RUN("Whole run", Double.POSITIVE_INFINITY);

    private final String label;
    private final double seconds;

    ChartSpan(String label, double seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    /**
     * The span a run starts with: the whole run up to ten minutes, the last ten minutes of a longer one (a
     * one-second burst at the end of an hour would be a sliver on a whole-run axis).
     */
    public static ChartSpan defaultFor(double runSeconds) {
        return runSeconds > LAST_TEN_MINUTES.seconds ? LAST_TEN_MINUTES : WHOLE_RUN;
    }

    public String label() {
        return label;
    }

    /**
     * {from, to} in simulated seconds at shown time {@code now}: the whole run is 0 to now (at least 1 s);
     * a last-N span ends at now but never starts before 0, so early in a run it shows 0 to N with the line
     * growing into it rather than a stretched first few seconds.
     */
    public double[] window(double now) {
        if (Double.isInfinite(seconds)) {
            return new double[] {0, Math.max(1, now)};
        }
        double to = Math.max(now, seconds);
        return new double[] {to - seconds, to};
    }
}
