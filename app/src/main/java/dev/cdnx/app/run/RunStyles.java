package dev.cdnx.app.run;

/** Style-class names and the stylesheet of the live run (assets/css/run.css). */
public final class RunStyles {

    /** Class-path location of run.css; add it to the scene or to a parent of the run's nodes. */
    public static final String STYLESHEET = RunStyles.class.getResource("/dev/cdnx/assets/css/run.css") == null
            ? ""
            : RunStyles.class.getResource("/dev/cdnx/assets/css/run.css").toExternalForm();

    public static final String TOOLBAR = "run-toolbar";
    public static final String LEGEND = "run-legend";
    public static final String SWATCH = "run-swatch";
    public static final String HUD = "run-hud";
    public static final String TRACE = "run-trace";
    public static final String METRICS = "run-metrics";
    public static final String CHART = "run-chart";
    public static final String TIME = "run-time";

    private RunStyles() {}

    /** A simulated time as the toolbar shows it: {@code 00:01:23.400}. */
    public static String clock(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "--:--";
        }
        long ms = Math.round(seconds * 1000);
        long s = ms / 1000;
        return String.format("%02d:%02d:%02d.%03d", s / 3600, s / 60 % 60, s % 60, ms % 1000);
    }

    static String speed(double v) {
        if (Double.isInfinite(v)) {
            return "max";
        }
        if (v >= 10) {
            return String.format("%.0f×", v);
        }
        return v >= 1 ? String.format("%.1f×", v) : String.format("%.2f×", v);
    }
}
