package dev.cdnx.model.checks;

import dev.cdnx.model.scenario.ContentClassSpec;
import java.util.Locale;
import java.util.Map;

/**
 * What a content class's Cache-Control says to a shared cache, read the way the engine reads it:
 * storable unless {@code no-store} or {@code private}; lifetime from {@code s-maxage}, else
 * {@code max-age}, zero with {@code no-cache} or neither. Missing headers mean "not storable for long".
 */
public final class CacheHeaders {

    private CacheHeaders() {}

    public static String cacheControl(ContentClassSpec c) {
        for (Map.Entry<String, String> e : c.headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase("cache-control")) {
                return e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    static boolean storable(ContentClassSpec c) {
        String cc = cacheControl(c);
        return !cc.contains("no-store") && !cc.contains("private");
    }

    /** Freshness lifetime in seconds. */
    static double lifetime(ContentClassSpec c) {
        String cc = cacheControl(c);
        if (cc.contains("no-cache")) {
            return 0;
        }
        double shared = directive(cc, "s-maxage");
        if (!Double.isNaN(shared)) {
            return shared;
        }
        double v = directive(cc, "max-age");
        return Double.isNaN(v) ? 0 : v;
    }

    /** Storable with a lifetime above zero. */
    public static boolean cacheable(ContentClassSpec c) {
        return storable(c) && lifetime(c) > 0;
    }

    private static double directive(String cc, String name) {
        for (String part : cc.split(",")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                try {
                    return Double.parseDouble(p.substring(name.length() + 1).replace("\"", ""));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return Double.NaN;
    }
}
