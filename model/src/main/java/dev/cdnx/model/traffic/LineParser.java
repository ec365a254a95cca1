package dev.cdnx.model.traffic;

/**
 * Turns one text line of a log into a {@link LogRecord}. Parsers scan lines by index (no regular
 * expressions), so a long or hostile line costs time in proportion to its length and nothing more.
 */
interface LineParser {

    /**
     * Reads a line that starts with {@code #} or is a header. Returns true when the line was a header
     * (and possibly configured the parser), false when it is an ordinary line.
     */
    default boolean header(String line) {
        return false;
    }

    /**
     * Fills {@code into} from {@code line}. Returns null when the line was read, or a short reason
     * (what was wrong, in words) when it could not be.
     */
    String parse(String line, LogRecord into);
}
