package dev.cdnx.model.traffic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Logs with one flat JSON object a line: Cloudflare Logpush {@code http_requests} and Fastly JSON logs.
 * A {@link FieldMap} names the JSON field of each thing a request needs; other fields are skipped, nested
 * values included. Read with Jackson's streaming parser, so no tree is built per line.
 */
final class JsonLineParser implements LineParser {

    private static final JsonFactory JSON = new JsonFactory();

    private enum Role {
        URL,
        HOST,
        BYTES,
        STATUS,
        CACHE,
        TIME,
        POP,
        COUNTRY,
        CONTENT_TYPE
    }

    private final Map<String, Role> roles = new HashMap<>();
    private final FieldMap map;

    JsonLineParser(FieldMap map) {
        this.map = map;
        put(map.url(), Role.URL);
        put(map.host(), Role.HOST);
        put(map.bytes(), Role.BYTES);
        put(map.status(), Role.STATUS);
        put(map.cache(), Role.CACHE);
        put(map.time(), Role.TIME);
        put(map.pop(), Role.POP);
        put(map.country(), Role.COUNTRY);
        put(map.contentType(), Role.CONTENT_TYPE);
    }

    private void put(String field, Role role) {
        if (field != null && !field.isBlank()) {
            roles.put(field, role);
        }
    }

    @Override
    public String parse(String line, LogRecord r) {
        String url = null;
        String host = null;
        String type = null;
        boolean bytesSeen = false;
        double timeNumber = Double.NaN;
        String timeText = null;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "the line is not a JSON object";
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                Role role = roles.get(p.currentName());
                JsonToken v = p.nextToken();
                if (role == null || v == JsonToken.VALUE_NULL) {
                    p.skipChildren();
                    continue;
                }
                switch (role) {
                    case URL -> url = p.getValueAsString();
                    case HOST -> host = p.getValueAsString();
                    case BYTES -> {
                        long b = v.isNumeric() ? p.getValueAsLong(-1) : parseLong(p.getValueAsString());
                        if (b < 0) {
                            return "\"" + map.bytes() + "\" is not a whole number of bytes";
                        }
                        r.bytes = b;
                        bytesSeen = true;
                    }
                    case STATUS ->
                        r.status = (int)
                                (v.isNumeric() ? p.getValueAsLong(0) : Math.max(0, parseLong(p.getValueAsString())));
                    case CACHE -> r.cache = CacheStates.of(p.getValueAsString());
                    case TIME -> {
                        if (v.isNumeric()) {
                            timeNumber = p.getValueAsDouble();
                        } else {
                            timeText = p.getValueAsString();
                        }
                    }
                    case POP -> {
                        String pop = p.getValueAsString();
                        r.edge = pop == null || pop.length() < 3
                                ? null
                                : pop.substring(0, 3).toUpperCase(Locale.ROOT);
                    }
                    case COUNTRY -> {
                        String c = p.getValueAsString();
                        r.country = c == null || c.length() != 2 ? null : c.toUpperCase(Locale.ROOT);
                    }
                    case CONTENT_TYPE -> type = ContentClasses.ofContentType(p.getValueAsString());
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return "the JSON object is not closed";
            }
        } catch (IOException e) {
            return "not valid JSON (" + firstLine(e.getMessage()) + ")";
        }
        if (url == null || url.isEmpty()) {
            return "no \"" + map.url() + "\" field";
        }
        if (!bytesSeen) {
            return "no \"" + map.bytes() + "\" field";
        }
        if (timeText != null || !Double.isNaN(timeNumber)) {
            r.time = LogTimes.fromNumberOrText(timeNumber, timeText);
            if (Double.isNaN(r.time)) {
                return "\"" + map.time() + "\" is not a time (RFC 3339 text or a number since 1970)";
            }
        }
        long h = KeyHash.start();
        if (host != null) {
            h = KeyHash.of(h, host, 0, host.length());
        }
        r.key = KeyHash.finish(KeyHash.of(h, url, 0, url.length()));
        r.contentClass = type != null ? type : ContentClasses.ofPath(url, 0, url.length());
        return null;
    }

    private static long parseLong(String s) {
        if (s == null) {
            return -1;
        }
        return LogTimes.number(s, 0, s.length());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
