package dev.cdnx.model.fuzz;

import dev.cdnx.model.io.Problem;
import java.util.List;

/**
 * What every fuzz target asserts about messages: words for a person, never Java's own. A message may
 * quote what the input wrote (a field the fuzzer named "java.lang.Long"), so a Java word counts only
 * when the input does not contain it.
 */
final class FuzzChecks {

    private static final String[] JAVA_WORDS = {"java.", "Exception", "Cannot invoke", "Input length =",
        "Unrecognized token", "null pointer"};

    private FuzzChecks() {
    }

    static void inWords(List<Problem> problems, String input) {
        for (Problem p : problems) {
            inWords(p.format(), input);
        }
    }

    static void inWords(String message, String input) {
        for (String w : JAVA_WORDS) {
            if (message != null && message.contains(w) && !input.contains(w)) {
                throw new AssertionError("a message in Java's words: " + message);
            }
        }
    }
}
