package dev.cdnx.model.fuzz;

import dev.cdnx.model.io.Problem;
import java.util.List;

/** What every fuzz target asserts about messages: words for a person, never Java's own. */
final class FuzzChecks {

    private static final String[] JAVA_WORDS = {"java.", "Exception", "Cannot invoke", "Input length =",
        "Unrecognized token", "because \"", "null pointer"};

    private FuzzChecks() {
    }

    static void inWords(List<Problem> problems) {
        for (Problem p : problems) {
            inWords(p.format());
        }
    }

    static void inWords(String message) {
        for (String w : JAVA_WORDS) {
            if (message != null && message.contains(w)) {
                throw new AssertionError("a message in Java's words: " + message);
            }
        }
    }
}
