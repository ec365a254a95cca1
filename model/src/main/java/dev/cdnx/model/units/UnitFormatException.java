package dev.cdnx.model.units;

/**
 * A value that is not in the written form a unit expects. The message says what was expected, with an
 * example, so a loader can show it next to the file position without further wording.
 */
public final class UnitFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    public UnitFormatException(String expected, String actual) {
        super("expected " + expected + ", got " + (actual == null ? "nothing" : "\"" + actual + "\""));
        this.expected = expected;
        this.actual = actual;
    }

    /** What the field expects, e.g. {@code a size like "40 GB"}. */
    public String expected() {
        return expected;
    }

    /** The text that was found, or null. */
    public String actual() {
        return actual;
    }
}
