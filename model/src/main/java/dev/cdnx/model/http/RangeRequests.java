package dev.cdnx.model.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a single byte range of a complete stored 200 response (RFC 9110 14). Only one
 * {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix} range is honoured; anything
 * else (several ranges, other units, a range past the end) gets the full response, which the RFC
 * allows. Bodies are counted in characters, which is exact for the ASCII bodies the simulation uses.
 */
final class RangeRequests {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private RangeRequests() {}

    static HttpResponse apply(HttpRequest request, HttpResponse full) {
        String range = request.headers().first("Range");
        if (range == null
                || full.status() != 200
                || full.body() == null
                || !request.method().equals("GET")) {
            return full;
        }
        Matcher m = SINGLE.matcher(range.strip());
        int length = full.body().length();
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || length == 0) {
            return full;
        }
        long first;
        long last;
        try {
            if (m.group(1).isEmpty()) {
                first = Math.max(0, length - Long.parseLong(m.group(2)));
                last = length - 1L;
            } else {
                first = Long.parseLong(m.group(1));
                last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            }
        } catch (NumberFormatException e) {
            return full;
        }
        if (first > last || first >= length) {
            return full;
        }
        HttpHeaders headers = full.headers()
                .copy()
                .set("Content-Range", "bytes " + first + "-" + last + "/" + length)
                .set("Content-Length", Long.toString(last - first + 1));
        return new HttpResponse(206, headers, full.body().substring((int) first, (int) last + 1));
    }
}
