package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;

/** Converts between JSON pointers ({@code /topology/nodes/3/name}) and the dotted paths people read. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** {@code /topology/nodes/3/name} → {@code topology.nodes[3].name}; the root is "". */
    public static String dotted(JsonPointer pointer) {
        StringBuilder sb = new StringBuilder();
        JsonPointer p = pointer;
        while (p != null && !p.matches()) {
            if (p.mayMatchElement()) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(p.getMatchingProperty());
            }
            p = p.tail();
        }
        return sb.toString();
    }

    /** The dotted path of where a parser stands. */
    public static String dotted(JsonStreamContext context) {
        return dotted(context.pathAsPointer());
    }

    /** {@code topology.nodes[3].name} → {@code /topology/nodes/3/name}. */
    public static String pointer(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                sb.append('/').append(part, bracket + 1, close);
                bracket = part.indexOf('[', close);
            }
        }
        return sb.toString();
    }

    /** Appends a property to a dotted path. */
    public static String child(String parent, String property) {
        return parent == null || parent.isEmpty() ? property : parent + "." + property;
    }
}
