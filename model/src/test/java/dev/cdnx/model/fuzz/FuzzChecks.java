package dev.cdnx.model.fuzz;

import dev.cdnx.model.problem.Problem;
import java.util.List;

/**
 * What every fuzz target asserts about messages: words for a person, never Java's own. A message may
 * quote what the input wrote (a field the fuzzer named "java.lang.Long"), so a Java word counts only
 * when the input does not contain it.
 */
final class FuzzChecks {

    private static final String[] JAVA_WORDS = {
        "java.", "Exception", "Cannot invoke", "Input length =", "Unrecognized token", "null pointer"
    };

    private FuzzChecks() {}

    /**
     * The input as a message may quote it: the raw text plus every field name and string value as JSON
     * decodes them (a name written with escapes, {@code "null\\u0020pointer"}, is quoted decoded), read
     * until the text stops being JSON.
     */
    static String echoable(String text) {
        StringBuilder sb = new StringBuilder(text);
        try (com.fasterxml.jackson.core.JsonParser p =
                new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        || t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    sb.append('\n').append(p.getText());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // what was read before the break is enough: nothing after it can be quoted
        }
        return sb.toString();
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
