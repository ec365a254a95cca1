package dev.cdnx.model.http;

import java.util.OptionalLong;

/**
 * Entity tags and conditional requests (RFC 9110 8.8.3, 13.1.1, 13.1.3, 13.2.2).
 *
 * <p>Weak comparison ignores the {@code W/} prefix, strong comparison requires both tags strong.
 * {@code If-None-Match} takes precedence over {@code If-Modified-Since}; {@code *} matches any stored
 * response. An {@code If-Modified-Since} that is not a valid date is ignored, as the RFC requires, and
 * a stored response without {@code Last-Modified} is compared by its {@code Date}.
 */
public final class Validators {

    private Validators() {}

    /** Whether two entity tags match weakly; false if either is null. */
    public static boolean weakMatch(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return opaque(a).equals(opaque(b));
    }

    /** Whether two entity tags match strongly: both strong and identical. */
    public static boolean strongMatch(String a, String b) {
        return a != null && b != null && !isWeak(a) && !isWeak(b) && a.strip().equals(b.strip());
    }

    /** Whether the tag carries the weak indicator {@code W/}. */
    public static boolean isWeak(String tag) {
        return tag.strip().startsWith("W/");
    }

    /** Whether an {@code If-None-Match} value matches a stored {@code ETag} (weak comparison). */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        for (String member : CacheControl.splitOutsideQuotes(ifNoneMatch)) {
            String m = member.strip();
            if (m.equals("*") || weakMatch(m, etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cache should answer {@code request} with 304 from a stored response with
     * {@code stored} headers; false when the request is not conditional.
     */
    public static boolean notModified(HttpRequest request, HttpHeaders stored, long nowMillis) {
        if (!request.isGetOrHead()) {
            return false;
        }
        String inm = request.headers().get("If-None-Match");
        if (inm != null) {
            return noneMatchHits(inm, stored.first("ETag"));
        }
        OptionalLong ims = HttpDates.parse(request.headers().first("If-Modified-Since"), nowMillis);
        if (ims.isEmpty()) {
            return false;
        }
        OptionalLong lm = HttpDates.parse(stored.first("Last-Modified"), nowMillis);
        long reference = lm.isPresent() ? lm.getAsLong() : Freshness.date(stored, Long.MAX_VALUE);
        return reference <= ims.getAsLong();
    }

    /** Whether the request carries a precondition the origin or cache must evaluate. */
    public static boolean isConditional(HttpRequest request) {
        return request.headers().has("If-None-Match") || request.headers().has("If-Modified-Since");
    }

    private static String opaque(String tag) {
        String t = tag.strip();
        return t.startsWith("W/") ? t.substring(2) : t;
    }
}
