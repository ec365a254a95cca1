package dev.cdnx.model.units;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events per second, written {@code "2k/s"}, {@code "50/s"}, {@code "1.5M/h"}, {@code "120/min"}, or a
 * bare number per second. Rates are never negative.
 */
public record Rate(double perSecond) implements Comparable<Rate> {

    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)\\s*(?:/\\s*(s|sec|second|m|min|minute|h|hour|d|day))?\\s*");

    /** What a rate field accepts, said the same way for every mistake. */
    static final String FORMS = "a rate of zero or more like \"50/s\", \"2k/s\", \"120/min\" or \"1.5M/h\""
            + " (k, M, G; per s, min, h or d; a bare number is per second)";

    public static Rate perSecond(double v) {
        return new Rate(v);
    }

    /**
     * Reads a written rate.
     *
     * @throws UnitFormatException when the text is not a rate
     */
    public static Rate parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UnitFormatException(FORMS, text);
        }
        double n = Double.parseDouble(m.group(1));
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n *= 1e3;
            case "m" -> n *= 1e6;
            case "g" -> n *= 1e9;
            default -> {}
        }
        String per = m.group(3) == null ? "s" : m.group(3).toLowerCase(Locale.ROOT);
        double seconds = per.startsWith("m") ? 60 : per.startsWith("h") ? 3600 : per.startsWith("d") ? 86400 : 1;
        return new Rate(n / seconds);
    }

    /** The written form per second, e.g. {@code "2k/s"}, {@code "12.5/s"}. */
    @Override
    public String toString() {
        double v = perSecond;
        if (v >= 1e6 && isWhole(v / 1e6 * 1000)) {
            return DataSize.trim(v / 1e6) + "M/s";
        }
        if (v >= 1e3 && isWhole(v / 1e3 * 1000)) {
            return DataSize.trim(v / 1e3) + "k/s";
        }
        return DataSize.trim(v) + "/s";
    }

    private static boolean isWhole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-6;
    }

    @Override
    public int compareTo(Rate o) {
        return Double.compare(perSecond, o.perSecond);
    }
}
