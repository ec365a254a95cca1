package dev.cdnx.model.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directives of one cache-control field: {@code Cache-Control}, {@code Surrogate-Control}, or a
 * targeted field such as {@code CDN-Cache-Control} (RFC 9213).
 *
 * <p>{@link #parse} is the lenient reading for {@code Cache-Control}: lines are joined, commas inside
 * quoted strings do not split, names are case-insensitive, and when a directive repeats the first one
 * wins (RFC 9111 allows either that or treating the response as stale). A member that is not a token,
 * or has spaces around {@code =}, is ignored. {@link #parseTargeted} reads a targeted field as a
 * Structured Fields dictionary (RFC 8941) and gives empty when it does not parse, in which case the
 * field must be ignored as a whole; a delta directive with a value of the wrong type is dropped.
 *
 * <p>{@link #deltaSeconds} is what freshness uses: {@code -1} when the directive is absent, {@code 0}
 * when its value is invalid (negative, not a number, single-quoted...: RFC 9111 says treat the response
 * as stale), and values above 2^31 are capped at 2147483648.
 */
public final class CacheControl {

    /** The largest delta-seconds a cache must represent (RFC 9111 section 1.2.2). */
    public static final long MAX_DELTA = 2147483648L;
    /** No directives at all. */
    public static final CacheControl EMPTY = new CacheControl(Map.of());

    private final Map<String, String> directives;

    private CacheControl(Map<String, String> directives) {
        this.directives = Collections.unmodifiableMap(directives);
    }

    /** Directives of all {@code lines} of a Cache-Control style field; never null. */
    public static CacheControl parse(List<String> lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines) {
            for (String member : splitOutsideQuotes(line)) {
                addMember(map, member);
            }
        }
        return new CacheControl(map);
    }

    /** Directives of one Cache-Control line. */
    public static CacheControl parse(String line) {
        return line == null ? EMPTY : parse(List.of(line));
    }

    /** A targeted field's directives, or empty when the combined lines are not a valid dictionary. */
    public static Optional<CacheControl> parseTargeted(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> dict = StructuredDictionary.parse(String.join(", ", lines));
        if (dict.isEmpty() || dict.get().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> map = new LinkedHashMap<>();
        dict.get().forEach((key, value) -> {
            if (value instanceof Boolean b) {
                if (b) {
                    map.put(key, null);
                }
            } else if (value instanceof Long n) {
                map.put(key, Long.toString(n));
            } else if (!isDelta(key)) {
                map.put(key, value.toString());
            }
        });
        return Optional.of(new CacheControl(map));
    }

    /** Whether the directive is present (with or without a value). */
    public boolean has(String name) {
        return directives.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The directive's unquoted value, or null when absent or valueless. */
    public String value(String name) {
        return directives.get(name.toLowerCase(Locale.ROOT));
    }

    /** The directive as delta-seconds: -1 absent, 0 invalid, capped at {@link #MAX_DELTA}. */
    public long deltaSeconds(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!directives.containsKey(key)) {
            return -1;
        }
        String v = directives.get(key);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return 0;
            }
        }
        String digits = v.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 10) {
            return MAX_DELTA;
        }
        return Math.min(Long.parseLong(digits), MAX_DELTA);
    }

    /** Whether no directive is present. */
    public boolean isEmpty() {
        return directives.isEmpty();
    }

    /** The directives in order of first appearance, names in lower case. */
    public Map<String, String> asMap() {
        return directives;
    }

    private static boolean isDelta(String key) {
        return key.equals("max-age")
                || key.equals("s-maxage")
                || key.equals("stale-while-revalidate")
                || key.equals("stale-if-error")
                || key.equals("max-stale")
                || key.equals("min-fresh");
    }

    private static void addMember(Map<String, String> map, String member) {
        String m = member.stripLeading();
        if (m.strip().isEmpty()) {
            return;
        }
        int eq = m.indexOf('=');
        String name = (eq < 0 ? m.stripTrailing() : m.substring(0, eq)).toLowerCase(Locale.ROOT);
        if (!isToken(name)) {
            return;
        }
        String value = null;
        if (eq >= 0) {
            String raw = m.substring(eq + 1).stripTrailing();
            if (raw.isEmpty() || Character.isWhitespace(raw.charAt(0))) {
                value = "";
            } else if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
                value = raw.substring(1, raw.length() - 1).replaceAll("\\\\(.)", "$1");
            } else {
                value = raw;
            }
        }
        map.putIfAbsent(name, value);
    }

    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Splits a list-valued field at commas that are not inside a quoted string. */
    static List<String> splitOutsideQuotes(String line) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\' && i + 1 < line.length()) {
                current.append(c).append(line.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    @Override
    public String toString() {
        return directives.toString();
    }
}
