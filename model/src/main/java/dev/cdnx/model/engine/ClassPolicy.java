package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.ContentClassSpec;
import java.util.Locale;
import java.util.Map;

/**
 * What a shared cache may do with responses of one content class, worked out once from the class's
 * headers so the hot path only reads fields: storable, freshness lifetime, stale windows, whether it has
 * a validator for conditional requests.
 */
record ClassPolicy(String name, boolean storable, double lifetime, double staleWhileRevalidate,
        double staleIfError, boolean mustRevalidate, boolean hasValidator) {

    static ClassPolicy of(ContentClassSpec spec) {
        Map<String, String> h = spec.headers;
        String cc = header(h, "cache-control");
        String lower = cc == null ? "" : cc.toLowerCase(Locale.ROOT);
        boolean storable = !lower.contains("no-store") && !lower.contains("private");
        double lifetime = directive(lower, "s-maxage");
        if (Double.isNaN(lifetime)) {
            lifetime = directive(lower, "max-age");
        }
        if (Double.isNaN(lifetime) || lower.contains("no-cache")) {
            lifetime = lower.contains("no-cache") ? 0 : 0;
        }
        double swr = directive(lower, "stale-while-revalidate");
        double sie = directive(lower, "stale-if-error");
        boolean validator = header(h, "etag") != null || header(h, "last-modified") != null;
        return new ClassPolicy(spec.name, storable, lifetime, Double.isNaN(swr) ? 0 : swr,
                Double.isNaN(sie) ? 0 : sie, lower.contains("must-revalidate"), validator);
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
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
