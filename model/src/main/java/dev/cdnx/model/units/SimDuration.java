package dev.cdnx.model.units;

import java.util.Locale;

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

    public static SimDuration ofSeconds(double s) {
        return new SimDuration(s);
    }

    public static SimDuration ofMillis(double ms) {
        return new SimDuration(ms / 1000.0);
    }

    /**
     * Reads a written duration.
     *
     * @throws UnitFormatException when the text is not a duration
     */
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
        double total = 0;
        int i = 0;
        int parts = 0;
        // A hand-written scanner: number, optional spaces, optional unit, repeated. A regex with a repeated
        // group recursed once per part and overflowed the stack on a long enough text.
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && isDigit(t.charAt(i))) {
                i++;
            }
            if (i < t.length() && t.charAt(i) == '.' && i > start) {
                i++;
                int fraction = i;
                while (i < t.length() && isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == fraction) {
                    throw new UnitFormatException(FORMS, text);
                }
            }
            if (i == start) {
                throw new UnitFormatException(FORMS, text);
            }
            double n = Double.parseDouble(t.substring(start, i));
            i = skipSpaces(t, i);
            int unitStart = i;
            while (i < t.length() && Character.isLetter(t.charAt(i))) {
                i++;
            }
            String unit = t.substring(unitStart, i).toLowerCase(Locale.ROOT);
            double seconds = unitSeconds(unit.isEmpty() ? "s" : unit);
            if (Double.isNaN(seconds)) {
                throw new UnitFormatException(FORMS, text);
            }
            total += n * seconds;
            parts++;
            i = skipSpaces(t, i);
        }
        if (parts == 0) {
            throw new UnitFormatException(FORMS, text);
        }
        return new SimDuration(total);
    }

    /** ASCII digits only: other scripts' digits are not a number Java's parser reads. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Seconds in one of a unit, or NaN for a word that is not a duration unit. */
    private static double unitSeconds(String unit) {
        return switch (unit) {
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            case "d" -> 86400;
            case "w" -> 7 * 86400;
            default -> Double.NaN;
        };
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
