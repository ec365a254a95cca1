package dev.cdnx.model.units;

import java.util.Locale;

/**
 * A time of day on the simulated clock, which starts at midnight (00:00, UTC for imported logs), written
 * {@code "20:00"}, {@code "8:30"} or {@code "03:15:30"}: hours 0 to 23, minutes and seconds 0 to 59.
 */
public record TimeOfDay(int secondOfDay) implements Comparable<TimeOfDay> {

    /** What a time-of-day field accepts, said the same way for every mistake. */
    static final String FORMS =
            "a time of day like \"20:00\", \"8:30\" or \"03:15:30\" (hours 0-23, minutes" + " and seconds 0-59)";

    public TimeOfDay {
        if (secondOfDay < 0 || secondOfDay >= 86400) {
            throw new IllegalArgumentException(
                    "a time of day is 0 to 86399 seconds after midnight, got " + secondOfDay);
        }
    }

    public static TimeOfDay of(int hour, int minute) {
        return new TimeOfDay(hour * 3600 + minute * 60);
    }

    /**
     * Reads a time of day such as "20:00".
     *
     * @throws UnitFormatException when the text is not a time of day
     */
    public static TimeOfDay parse(String text) {
        if (text == null) {
            throw new UnitFormatException(FORMS, null);
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new UnitFormatException(FORMS, text);
        }
        int[] limits = {23, 59, 59};
        int seconds = 0;
        int[] scale = {3600, 60, 1};
        for (int i = 0; i < parts.length; i++) {
            int v = number(parts[i], i == 0 ? 1 : 2, text);
            if (v > limits[i]) {
                throw new UnitFormatException(FORMS, text);
            }
            seconds += v * scale[i];
        }
        return new TimeOfDay(seconds);
    }

    /** {@code minDigits} to two ASCII digits (hours may be written with one, minutes and seconds may not). */
    private static int number(String part, int minDigits, String text) {
        if (part.length() < minDigits || part.length() > 2) {
            throw new UnitFormatException(FORMS, text);
        }
        int v = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                throw new UnitFormatException(FORMS, text);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Seconds after midnight. */
    public double seconds() {
        return secondOfDay;
    }

    /** The written form: {@code "20:00"}, with seconds only when there are some ({@code "03:15:30"}). */
    @Override
    public String toString() {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        return s == 0
                ? String.format(Locale.ROOT, "%02d:%02d", h, m)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
    }

    @Override
    public int compareTo(TimeOfDay o) {
        return Integer.compare(secondOfDay, o.secondOfDay);
    }
}
