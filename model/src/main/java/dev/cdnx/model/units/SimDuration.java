package dev.cdnx.model.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of simulated time in seconds, written {@code "1h"}, {@code "300s"}, {@code "250ms"},
 * {@code "2m"}, {@code "1d"}, {@code "1h30m"} or {@code "never"} (infinite). A bare number means seconds.
 */
public record SimDuration(double seconds) implements Comparable<SimDuration> {

    /** What a duration field accepts, said the same way for every mistake. */
    static final String FORMS = "a duration like \"300s\", \"5 m\", \"1h30m\", \"250ms\" or \"never\""
            + " (us, ms, s, m or min, h, d, w; a bare number is seconds)";

    public static final SimDuration ZERO = new SimDuration(0);
    public static final SimDuration NEVER = new SimDuration(Double.POSITIVE_INFINITY);

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|us|s|m|min|h|d|w)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE = Pattern.compile(
            "\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:ms|us|s|min|m|h|d|w)?\\s*)+", Pattern.CASE_INSENSITIVE);

    public static SimDuration ofSeconds(double s) {
        return new SimDuration(s);
    }

    public static SimDuration ofMillis(double ms) {
        return new SimDuration(ms / 1000.0);
    }

    /** @throws UnitFormatException when the text is not a duration */
    public static SimDuration parse(String text) {
        if (text == null) {
            throw new UnitFormatException(FORMS, null);
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("never") || t.equalsIgnoreCase("infinite")) {
            return NEVER;
        }
        if (t.startsWith("-")) {
            throw new UnitFormatException("a duration of zero or more, like \"300s\"", text);
        }
        if (t.isEmpty() || !WHOLE.matcher(t).matches()) {
            throw new UnitFormatException(FORMS, text);
        }
        Matcher m = PART.matcher(t);
        double total = 0;
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            total += n * unitSeconds(unit);
        }
        return new SimDuration(total);
    }

    private static double unitSeconds(String unit) {
        switch (unit) {
            case "us":
                return 1e-6;
            case "ms":
                return 1e-3;
            case "m":
            case "min":
                return 60;
            case "h":
                return 3600;
            case "d":
                return 86400;
            case "w":
                return 7 * 86400;
            default:
                return 1;
        }
    }

    public double millis() {
        return seconds * 1000.0;
    }

    public boolean isInfinite() {
        return Double.isInfinite(seconds);
    }

    /** The written form: the largest whole unit, e.g. {@code "1h"}, {@code "90s"}, {@code "250ms"}. */
    @Override
    public String toString() {
        if (isInfinite()) {
            return "never";
        }
        double s = seconds;
        if (s == 0) {
            return "0s";
        }
        long[] units = {86400, 3600, 60, 1};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            double q = s / units[i];
            if (q >= 1 && Math.abs(q - Math.rint(q)) < 1e-9) {
                return (long) Math.rint(q) + names[i];
            }
        }
        double ms = s * 1000;
        if (Math.abs(ms - Math.rint(ms)) < 1e-6) {
            return (long) Math.rint(ms) + "ms";
        }
        return DataSize.trim(ms) + "ms";
    }

    /** A compact clock form for display: {@code 00:12:31}. */
    public String toClock() {
        long total = (long) Math.floor(seconds);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", total / 3600, (total / 60) % 60, total % 60);
    }

    @Override
    public int compareTo(SimDuration o) {
        return Double.compare(seconds, o.seconds);
    }
}
