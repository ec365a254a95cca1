package dev.cdnx.model.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines an import could not read: the first {@link #SHOWN} kept with their number, reason and text, the
 * rest only counted. Nothing is dropped silently and nothing stops the import.
 */
public final class BadLines {

    /** How many rejected lines are kept for the report. */
    public static final int SHOWN = 20;

    /** One rejected line: its number (1-based), why, and its text (cut to 160 characters). */
    public record Rejected(long line, String reason, String text) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    private final List<Rejected> shown = new ArrayList<>();
    private long count;

    void add(long line, String reason, String text) {
        count++;
        if (shown.size() < SHOWN) {
            String t = text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "…" : text;
            shown.add(new Rejected(line, reason, t));
        }
    }

    /** All rejected lines. */
    public long count() {
        return count;
    }

    /** The first {@link #SHOWN} of them. */
    public List<Rejected> shown() {
        return List.copyOf(shown);
    }
}
