package dev.cdnx.model.http;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which header fields a cache keeps, forwards, updates and matches (RFC 9111 3.1, 3.2, 4.1).
 *
 * <p>Hop-by-hop fields ({@code Connection}, the fields it names, {@code Keep-Alive}, {@code TE},
 * {@code Transfer-Encoding}, {@code Upgrade}, {@code Proxy-*}) are neither stored nor forwarded. A
 * {@code 304} updates every stored field it carries except those and {@code Content-Length}, which
 * describes the stored body, not the empty 304. {@code Vary: *} (alone or in a list, on any line)
 * never matches; an empty Vary line is ignored; a field absent from both requests matches.
 */
public final class HeaderRules {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "te",
            "transfer-encoding",
            "upgrade",
            "proxy-authenticate",
            "proxy-authentication-info",
            "proxy-authorization");
    private static final List<String> NOT_MODIFIED_FIELDS = List.of(
            "Cache-Control",
            "Content-Location",
            "Date",
            "ETag",
            "Expires",
            "Vary",
            "Last-Modified",
            "Age",
            "CDN-Cache-Control");

    private HeaderRules() {}

    /** A copy of {@code headers} without hop-by-hop fields. */
    public static HttpHeaders withoutHopByHop(HttpHeaders headers) {
        Set<String> drop = new HashSet<>(HOP_BY_HOP);
        for (String line : headers.all("Connection")) {
            for (String name : line.split(",")) {
                drop.add(name.strip().toLowerCase(Locale.ROOT));
            }
        }
        HttpHeaders out = new HttpHeaders();
        for (HttpHeaders.Field f : headers.fields()) {
            if (!drop.contains(f.name().toLowerCase(Locale.ROOT))) {
                out.add(f.name(), f.value());
            }
        }
        return out;
    }

    /** {@code stored} with the fields of a 304 applied (RFC 9111 3.2); {@code stored} is not changed. */
    public static HttpHeaders updatedBy304(HttpHeaders stored, HttpHeaders notModified) {
        HttpHeaders update = withoutHopByHop(notModified);
        HttpHeaders out = stored.copy();
        for (String name : update.names()) {
            if (name.equals("content-length")) {
                continue;
            }
            List<String> values = update.all(name);
            out.remove(name);
            String original = update.fields().stream()
                    .filter(f -> f.name().equalsIgnoreCase(name))
                    .findFirst()
                    .map(HttpHeaders.Field::name)
                    .orElse(name);
            values.forEach(v -> out.add(original, v));
        }
        return out;
    }

    /** The fields a cache sends in a 304 it generates from a stored response. */
    public static HttpHeaders notModifiedHeaders(HttpHeaders stored) {
        HttpHeaders out = new HttpHeaders();
        for (HttpHeaders.Field f : stored.fields()) {
            if (NOT_MODIFIED_FIELDS.stream().anyMatch(n -> n.equalsIgnoreCase(f.name()))) {
                out.add(f.name(), f.value());
            }
        }
        return out;
    }

    /** The field names a response varies on, lower case; contains "*" when it can never be reused. */
    public static List<String> varyNames(HttpHeaders response) {
        List<String> names = new java.util.ArrayList<>();
        for (String line : response.all("Vary")) {
            for (String name : line.split(",")) {
                String n = name.strip().toLowerCase(Locale.ROOT);
                if (!n.isEmpty() && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** Whether a new request selects a response stored for {@code storedRequest} (RFC 9111 4.1). */
    public static boolean varyMatches(HttpHeaders storedResponse, HttpHeaders storedRequest, HttpHeaders request) {
        for (String name : varyNames(storedResponse)) {
            if (name.equals("*")) {
                return false;
            }
            String a = normalise(name, storedRequest.get(name));
            String b = normalise(name, request.get(name));
            if (a == null ? b != null : !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String name, String value) {
        if (value == null) {
            return null;
        }
        if (name.equals("accept-language")) {
            // Language tags are case-insensitive and, without weights, a set: order carries no meaning here.
            return java.util.Arrays.stream(value.split(","))
                    .map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return value.strip().replaceAll("\\s*,\\s*", ", ");
    }
}
