package dev.cdnx.app.editor.properties;

import dev.cdnx.model.units.SimDuration;
import java.util.Locale;

/** Parsing of plain numbers for the property sheet, with messages that say what is expected. */
final class Parse {

    private Parse() {}

    static int count(String text, int min, String what) {
        try {
            int v = Integer.parseInt(text.trim());
            if (v < min) {
                throw new IllegalArgumentException(what + " must be " + min + " or more, not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "expected a whole number for " + what + ", like 100; got \"" + text.trim() + "\"");
        }
    }

    static long longCount(String text, long min, String what) {
        try {
            long v = Long.parseLong(text.trim().replace("_", "").replace(",", ""));
            if (v < min) {
                throw new IllegalArgumentException(what + " must be " + min + " or more, not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "expected a whole number for " + what + ", like 20000; got \"" + text.trim() + "\"");
        }
    }

    static double number(String text, double min, double max, String what) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number for " + what + "; got \"" + text.trim() + "\"");
        }
        if (v < min || v > max || Double.isNaN(v)) {
            throw new IllegalArgumentException(
                    what + " must be between " + fmt(min) + " and " + fmt(max) + ", not " + fmt(v));
        }
        return v;
    }

    /** A duration, or null for an empty text or "auto" (as in the file: inherit, or derive a link's RTT). */
    static SimDuration durationOrNull(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        return SimDuration.parse(text.trim());
    }

    static boolean bool(String text) {
        return Boolean.parseBoolean(text.trim());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
