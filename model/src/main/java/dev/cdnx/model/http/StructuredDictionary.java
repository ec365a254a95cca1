package dev.cdnx.model.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small reader for Structured Field dictionaries (RFC 8941 section 4.2.2), enough for targeted
 * cache-control fields. Values come back as {@code Boolean}, {@code Long}, {@code Double},
 * {@code String} (tokens, and byte sequences as their base64 text), {@link QuotedString} (strings,
 * unquoted), so a caller can tell a number from a string of digits, or a {@code List} of those (inner
 * lists). Parameters are read and discarded. Any syntax error (an upper-case key, a stray character, a
 * trailing comma, an integer of more than 15 digits, an escape other than {@code \"} or {@code \\})
 * makes the whole result empty; a repeated key keeps the last value, as the RFC says.
 */
final class StructuredDictionary {

    /** A value that was a quoted string, so callers can tell it from a token or a number. */
    record QuotedString(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final String in;
    private int pos;

    private StructuredDictionary(String in) {
        this.in = in;
    }

    static Optional<Map<String, Object>> parse(String text) {
        try {
            return Optional.of(new StructuredDictionary(text).dictionary());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> dictionary() {
        Map<String, Object> out = new LinkedHashMap<>();
        skipSp();
        while (pos < in.length()) {
            String key = key();
            Object value = true;
            if (peek() == '=') {
                pos++;
                value = peek() == '(' ? innerList() : bareItem();
            }
            parameters();
            out.put(key, value);
            skipOws();
            if (pos >= in.length()) {
                return out;
            }
            expect(',');
            skipOws();
            if (pos >= in.length()) {
                throw new IllegalArgumentException("trailing comma");
            }
        }
        return out;
    }

    private String key() {
        char c = peek();
        if (!(c >= 'a' && c <= 'z') && c != '*') {
            throw new IllegalArgumentException("bad key at " + pos);
        }
        int start = pos;
        while (pos < in.length()) {
            char k = in.charAt(pos);
            if ((k >= 'a' && k <= 'z') || (k >= '0' && k <= '9') || "_-.*".indexOf(k) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return in.substring(start, pos);
    }

    /** An inner list, "(" items separated by spaces ")", its own and its items' parameters dropped. */
    private List<Object> innerList() {
        expect('(');
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSp();
            if (peek() == ')') {
                pos++;
                return items;
            }
            items.add(bareItem());
            parameters();
            if (peek() != ' ' && peek() != ')') {
                throw new IllegalArgumentException("expected space or ) at " + pos);
            }
        }
    }

    private void parameters() {
        while (peek() == ';') {
            pos++;
            skipSp();
            key();
            if (peek() == '=') {
                pos++;
                bareItem();
            }
        }
    }

    private Object bareItem() {
        char c = peek();
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (c == '"') {
            return string();
        }
        if (c == '?') {
            pos++;
            char b = peek();
            pos++;
            if (b == '0' || b == '1') {
                return b == '1';
            }
            throw new IllegalArgumentException("bad boolean");
        }
        if (c == ':') {
            int end = in.indexOf(':', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated byte sequence");
            }
            String bytes = in.substring(pos + 1, end);
            if (!bytes.chars().allMatch(StructuredDictionary::isBase64)) {
                throw new IllegalArgumentException("bad byte sequence at " + pos);
            }
            pos = end + 1;
            return bytes;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '*') {
            int start = pos;
            while (pos < in.length()
                    && (CacheControl.isToken(String.valueOf(in.charAt(pos)))
                            || in.charAt(pos) == ':'
                            || in.charAt(pos) == '/')) {
                pos++;
            }
            return in.substring(start, pos);
        }
        throw new IllegalArgumentException("bad item at " + pos);
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = 0;
        int integerDigits = 0;
        boolean decimal = false;
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c >= '0' && c <= '9') {
                digits++;
                pos++;
            } else if (c == '.' && !decimal) {
                decimal = true;
                integerDigits = digits;
                pos++;
            } else {
                break;
            }
        }
        String text = in.substring(start, pos);
        boolean decimalTooLong = decimal && (integerDigits > 12 || digits - integerDigits > 3);
        if (digits == 0 || (!decimal && digits > 15) || decimalTooLong || text.endsWith(".")) {
            throw new IllegalArgumentException("bad number " + text);
        }
        return decimal ? (Object) Double.valueOf(text) : (Object) Long.valueOf(text);
    }

    private QuotedString string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == '\\') {
                char escaped = peek();
                if (escaped != '"' && escaped != '\\') {
                    throw new IllegalArgumentException("bad escape at " + pos);
                }
                sb.append(escaped);
                pos++;
            } else if (c == '"') {
                return new QuotedString(sb.toString());
            } else if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("bad string character");
            } else {
                sb.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "+/=".indexOf(c) >= 0;
    }

    private char peek() {
        return pos < in.length() ? in.charAt(pos) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos);
        }
        pos++;
    }

    private void skipSp() {
        while (peek() == ' ') {
            pos++;
        }
    }

    private void skipOws() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }
}
