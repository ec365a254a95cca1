package dev.cdnx.model.traffic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which JSON field of a log line holds each thing an import reads. Fastly has no fixed layout, so its
 * map is the user's to give ({@code --field url=req_url}); Cloudflare's field names are fixed by Logpush.
 * A null field is one the log does not have.
 */
public record FieldMap(
        String url,
        String host,
        String bytes,
        String status,
        String cache,
        String time,
        String pop,
        String country,
        String contentType) {

    /** Cloudflare Logpush, dataset http_requests. */
    public static final FieldMap CLOUDFLARE = new FieldMap(
            "ClientRequestURI",
            "ClientRequestHost",
            "EdgeResponseBytes",
            "EdgeResponseStatus",
            "CacheCacheStatus",
            "EdgeStartTimestamp",
            "EdgeColoCode",
            "ClientCountry",
            "EdgeResponseContentType");

    /** The names a Fastly JSON log format usually gives its fields (each can be changed). */
    public static final FieldMap FASTLY =
            new FieldMap("url", "host", "bytes", "status", "cache", "time", "pop", "country", "content_type");

    /** The roles a user can map, in the order {@link #with} accepts them. */
    public static final java.util.List<String> ROLES =
            java.util.List.of("url", "host", "bytes", "status", "cache", "time", "pop", "country", "content_type");

    /**
     * This map with the fields in {@code changes} (role → JSON field name) replaced.
     *
     * @throws IllegalArgumentException naming the roles when one is unknown
     */
    public FieldMap with(Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>(asMap());
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new IllegalArgumentException(
                        "unknown field role '" + e.getKey() + "'; the roles are " + String.join(", ", ROLES));
            }
            m.put(e.getKey(), e.getValue());
        }
        return new FieldMap(
                m.get("url"),
                m.get("host"),
                m.get("bytes"),
                m.get("status"),
                m.get("cache"),
                m.get("time"),
                m.get("pop"),
                m.get("country"),
                m.get("content_type"));
    }

    /** Role → field name, in {@link #ROLES} order. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("host", host);
        m.put("bytes", bytes);
        m.put("status", status);
        m.put("cache", cache);
        m.put("time", time);
        m.put("pop", pop);
        m.put("country", country);
        m.put("content_type", contentType);
        return m;
    }
}
