package dev.cdnx.model.fuzz;

import dev.cdnx.model.io.Problem;
import java.util.List;

/** What every fuzz target asserts about messages: words for a person, never Java's own. */
final class FuzzChecks {

    private static final String[] JAVA_WORDS = {"java.", "Exception", "Cannot invoke", "Input length =",
        "Unrecognized token", "because \"", "null pointer"};

    private FuzzChecks() {
    }

    /**
     * Checks each problem's message and fix, leaving out what they quote: a field name the file wrote
     * (which the fuzzer may fill with "java.lang.Long") is the person's words, not Java's.
     */
    static void inWords(List<Problem> problems) {
        for (Problem p : problems) {
            inWords(unquoted(p.message()));
            inWords(unquoted(p.fix()));
        }
    }

    private static String unquoted(String s) {
        return s == null ? null : s.replaceAll("\"[^\"]*\"", "\"…\"");
    }

    static void inWords(String message) {
        for (String w : JAVA_WORDS) {
            if (message != null && message.contains(w)) {
                throw new AssertionError("a message in Java's words: " + message);
            }
        }
    }
}
