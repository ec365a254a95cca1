package dev.cdnx.model.http;

import java.util.Set;

/**
 * The storability and age rules of RFC 9111 (sections 3 and 4.2.3), as pure functions.
 *
 * <p>A response is stored only for GET or HEAD, with a final status other than 206 and 304 (this
 * cache does not combine partial content), without {@code no-store} (unless {@code must-understand}
 * is present and the status is understood, which overrides it), without {@code private} in a shared
 * cache, and for a request with {@code Authorization} only when {@code public}, {@code s-maxage} or
 * {@code must-revalidate} allows it. It must also carry explicit freshness, {@code public}, or a
 * heuristically cacheable status. A request with {@code Cache-Control: no-store} is never stored.
 */
public final class CacheRules {

    /** Status codes this cache understands, for {@code must-understand}. */
    public static final Set<Integer> UNDERSTOOD = Set.of(
            200, 201, 202, 203, 204, 205, 300, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 406, 408, 409,
            410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 426, 500, 501, 502, 503, 504, 505);

    private CacheRules() {}

    /** Whether a shared or private cache following {@code policy} may store this response. */
    public static boolean isStorable(HttpRequest request, int status, HttpHeaders response, CachePolicy policy) {
        if (!request.isGetOrHead() || status < 200 || status == 206 || status == 304) {
            return false;
        }
        if (CacheControl.parse(request.headers().all("Cache-Control")).has("no-store")) {
            return false;
        }
        ResponseDirectives rd = ResponseDirectives.of(response, policy.cdnTargets());
        CacheControl cc = rd.directives();
        if (cc.has("must-understand")) {
            if (!UNDERSTOOD.contains(status)) {
                return false;
            }
        } else if (cc.has("no-store")) {
            return false;
        }
        if (policy.shared() && cc.has("private")) {
            return false;
        }
        if (policy.shared()
                && request.headers().has("Authorization")
                && !(cc.has("public") || cc.has("s-maxage") || cc.has("must-revalidate"))) {
            return false;
        }
        return cc.has("public")
                || Freshness.hasExplicitFreshness(response, rd, policy)
                || Freshness.HEURISTICALLY_CACHEABLE.contains(status);
    }

    /**
     * The {@code Age} value a response arrived with, in seconds: the first member of the first line,
     * when it is a non-negative integer; 0 otherwise (a malformed Age is ignored); capped at 2^31.
     */
    public static long ageValueSeconds(HttpHeaders headers) {
        String first = headers.first("Age");
        if (first == null) {
            return 0;
        }
        String member = first.split(",", -1)[0].strip();
        if (member.isEmpty() || !member.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return member.length() > 10 ? CacheControl.MAX_DELTA : Math.min(Long.parseLong(member), CacheControl.MAX_DELTA);
    }

    /**
     * The corrected initial age of a response (RFC 9111 4.2.3): the larger of the apparent age
     * ({@code responseTime - Date}, never negative) and {@code Age} plus the time the request took.
     */
    public static long initialAgeMillis(HttpHeaders headers, long requestTimeMillis, long responseTimeMillis) {
        long date = Freshness.date(headers, responseTimeMillis);
        long apparent = Math.max(0, responseTimeMillis - date);
        long corrected = ageValueSeconds(headers) * 1000 + (responseTimeMillis - requestTimeMillis);
        return Math.max(apparent, corrected);
    }
}
