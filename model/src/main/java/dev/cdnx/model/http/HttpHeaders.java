package dev.cdnx.model.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An ordered list of header field lines with case-insensitive names, as they appear on the wire.
 *
 * <p>Several lines with one name are kept apart because some rules depend on it (the first {@code Age}
 * line wins; two {@code Expires} lines make the value invalid). {@link #get} joins the lines with
 * {@code ", "}, the way HTTP allows a recipient to combine them. An absent field gives {@code null} from
 * {@link #get} and {@link #first}, and an empty list from {@link #all}. Values are never trimmed here.
 * Instances are mutable and not thread-safe; {@link #copy} before sharing.
 */
public final class HttpHeaders {

    /** One header field line. */
    public record Field(String name, String value) {}

    private final List<Field> fields = new ArrayList<>();

    /** An empty header list. */
    public HttpHeaders() {}

    /** Builds headers from {@code name, value, name, value, ...}; an odd count is a programming error. */
    public static HttpHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    /** Builds headers from a map, one line per entry, in the map's iteration order. */
    public static HttpHeaders of(Map<String, String> map) {
        HttpHeaders headers = new HttpHeaders();
        map.forEach(headers::add);
        return headers;
    }

    /** Appends one line, keeping any earlier lines of the same name. */
    public HttpHeaders add(String name, String value) {
        fields.add(new Field(name, value == null ? "" : value));
        return this;
    }

    /** Replaces every line of {@code name} with one line (at the place of the first old one, or at the end). */
    public HttpHeaders set(String name, String value) {
        int at = indexOf(name);
        remove(name);
        Field field = new Field(name, value == null ? "" : value);
        if (at < 0 || at > fields.size()) {
            fields.add(field);
        } else {
            fields.add(at, field);
        }
        return this;
    }

    /** Removes every line of {@code name}; removing an absent field does nothing. */
    public HttpHeaders remove(String name) {
        fields.removeIf(f -> f.name().equalsIgnoreCase(name));
        return this;
    }

    /** Whether at least one line of {@code name} is present (even with an empty value). */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** All lines of {@code name} combined with {@code ", "}, or {@code null} when absent. */
    public String get(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** The first line of {@code name}, or {@code null} when absent. */
    public String first(String name) {
        int at = indexOf(name);
        return at < 0 ? null : fields.get(at).value();
    }

    /** Every line of {@code name} in order; empty when absent. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    /** The distinct field names in lower case, in order of first appearance. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            String lower = f.name().toLowerCase(Locale.ROOT);
            if (!names.contains(lower)) {
                names.add(lower);
            }
        }
        return names;
    }

    /** The lines in order, read-only. */
    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** A deep copy that can be changed without touching this one. */
    public HttpHeaders copy() {
        HttpHeaders copy = new HttpHeaders();
        copy.fields.addAll(fields);
        return copy;
    }

    /** Whether there are no lines at all. */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    private int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
