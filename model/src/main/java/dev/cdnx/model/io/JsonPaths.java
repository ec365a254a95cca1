package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * Converts between JSON pointers ({@code /topology/nodes/3/name}) and the dotted paths people read
 * ({@code topology.nodes[3].name}). A field name that would be ambiguous in dotted form (it holds a dot, a
 * bracket or a quote, or is empty) is written in brackets and quotes: {@code topology["a.b[1]"]}.
 */
public final class JsonPaths {

    private JsonPaths() {}

    /** {@code /topology/nodes/3/name} → {@code topology.nodes[3].name}; the root is "". */
    public static String dotted(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        JsonPointer p = pointer;
        while (p != null && !p.matches()) {
            if (p.mayMatchElement()) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                appendName(sb, p.getMatchingProperty());
            }
            p = p.tail();
        }
        return sb.toString();
    }

    /** The dotted path of where a parser stands. */
    public static String dotted(JsonStreamContext context) {
        return dotted(context.pathAsPointer());
    }

    private static void appendName(StringBuilder sb, String name) {
        if (plain(name)) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        } else {
            sb.append("[\"")
                    .append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"]");
        }
    }

    private static boolean plain(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code topology.nodes[3].name} → {@code /topology/nodes/3/name}. Read by a scanner, never a
     * regular expression: a malformed path (an unclosed bracket) gives the pointer of what could be read.
     */
    public static String pointer(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int n = dotted.length();
        while (i < n) {
            char c = dotted.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[' && i + 1 < n && dotted.charAt(i + 1) == '"') {
                StringBuilder name = new StringBuilder();
                i += 2;
                while (i < n && dotted.charAt(i) != '"') {
                    if (dotted.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    name.append(dotted.charAt(i++));
                }
                i = Math.min(n, i + 2);
                appendSegment(sb, name.toString());
            } else if (c == '[') {
                int close = dotted.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                appendSegment(sb, dotted.substring(i + 1, close));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && dotted.charAt(end) != '.' && dotted.charAt(end) != '[') {
                    end++;
                }
                appendSegment(sb, dotted.substring(i, end));
                i = end;
            }
        }
        return sb.toString();
    }

    private static void appendSegment(StringBuilder sb, String name) {
        sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
    }

    /** Appends a property to a dotted path. */
    public static String child(String parent, String property) {
        StringBuilder sb = new StringBuilder(parent == null ? "" : parent);
        appendName(sb, property);
        return sb.toString();
    }
}
