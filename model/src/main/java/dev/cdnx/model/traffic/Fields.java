package dev.cdnx.model.traffic;

/** Splits a line at runs of spaces and tabs into at most {@code starts.length} fields, in place. */
final class Fields {

    private Fields() {}

    /** Fills starts/ends with the fields' bounds; returns how many fields there are (capped at the arrays' length). */
    static int split(String line, int[] starts, int[] ends) {
        int n = 0;
        int i = 0;
        int len = line.length();
        while (i < len && n < starts.length) {
            while (i < len && isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= len) {
                break;
            }
            starts[n] = i;
            while (i < len && !isBlank(line.charAt(i))) {
                i++;
            }
            ends[n++] = i;
        }
        return n;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
