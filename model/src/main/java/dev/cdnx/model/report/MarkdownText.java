package dev.cdnx.model.report;

/**
 * Makes free text (a scenario's name and description, node names inside check messages, a price sheet's
 * name) safe to put in a Markdown report: every character Markdown or HTML would act on is
 * backslash-escaped, so {@code <script>} shows as text in any viewer, and a line break cannot start a new
 * heading or table row. {@link HtmlReport} undoes the backslashes when it turns the report into HTML.
 */
final class MarkdownText {

    private static final String ACTIVE = "\\`*_[]<>|&{}!#";

    private MarkdownText() {}

    /** The text with Markdown's active characters escaped and line breaks turned into spaces; null gives "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                // Other control characters are dropped.
            } else if (ACTIVE.indexOf(c) >= 0 || (i == 0 && (c == '-' || c == '+' || c == '='))) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code c} is a character a backslash may escape (ASCII punctuation, as in CommonMark). */
    static boolean escapable(char c) {
        return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
    }
}
