package dev.cdnx.model.http;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a stored response's headers say about its freshness, for one cache (RFC 9111 4.2, RFC 5861).
 *
 * <p>The lifetime comes from the first of: {@code s-maxage} (shared caches only), {@code max-age},
 * {@code Expires} minus {@code Date}, and a heuristic. An invalid {@code Expires} (bad date, or more than
 * one line) gives a lifetime of zero, i.e. already stale. Without {@code Date} the time the response was
 * received stands in. The heuristic applies only without explicit freshness, with a valid
 * {@code Last-Modified}, and for a heuristically cacheable status or {@code public}. Negative lifetimes
 * are reported as zero. {@code mustRevalidate} is true for {@code must-revalidate},
 * {@code proxy-revalidate} and (in a shared cache) {@code s-maxage}: a stale copy may then never be
 * served without a successful validation.
 *
 * @param lifetimeMillis             freshness lifetime, at least 0
 * @param heuristic                  whether the lifetime is a heuristic guess
 * @param staleWhileRevalidateMillis RFC 5861 window, 0 when absent
 * @param staleIfErrorMillis         RFC 5861 window, 0 when absent
 * @param mustRevalidate             stale copies must not be served without validation
 * @param noCache                    every use needs validation first
 */
public record Freshness(
        long lifetimeMillis,
        boolean heuristic,
        long staleWhileRevalidateMillis,
        long staleIfErrorMillis,
        boolean mustRevalidate,
        boolean noCache) {

    /** Statuses a cache may store without explicit freshness (RFC 9110 15.1). */
    public static final Set<Integer> HEURISTICALLY_CACHEABLE =
            Set.of(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501);

    /** Freshness of a response with {@code status} and {@code headers}, received at {@code responseTime}. */
    public static Freshness of(int status, HttpHeaders headers, long responseTimeMillis, CachePolicy policy) {
        ResponseDirectives rd = ResponseDirectives.of(headers, policy.cdnTargets());
        CacheControl cc = rd.directives();
        long dateMillis = date(headers, responseTimeMillis);
        long lifetime;
        boolean heuristic = false;
        long sMaxAge = policy.shared() ? cc.deltaSeconds("s-maxage") : -1;
        long maxAge = cc.deltaSeconds("max-age");
        if (sMaxAge >= 0) {
            lifetime = sMaxAge * 1000;
        } else if (maxAge >= 0) {
            lifetime = maxAge * 1000;
        } else if (!rd.targeted() && headers.has("Expires")) {
            List<String> lines = headers.all("Expires");
            OptionalLong expires =
                    lines.size() == 1 ? HttpDates.parse(lines.get(0), responseTimeMillis) : OptionalLong.empty();
            lifetime = expires.isPresent() ? expires.getAsLong() - dateMillis : 0;
        } else {
            lifetime = heuristicLifetime(status, headers, cc, dateMillis, responseTimeMillis, policy);
            heuristic = lifetime > 0;
        }
        boolean mustRevalidate =
                cc.has("must-revalidate") || (policy.shared() && (cc.has("proxy-revalidate") || sMaxAge >= 0));
        return new Freshness(
                Math.max(0, lifetime),
                heuristic,
                window(cc, "stale-while-revalidate"),
                window(cc, "stale-if-error"),
                mustRevalidate,
                cc.has("no-cache"));
    }

    /** Whether the response carries explicit freshness a cache may rely on for storing it. */
    public static boolean hasExplicitFreshness(HttpHeaders headers, ResponseDirectives rd, CachePolicy policy) {
        CacheControl cc = rd.directives();
        return cc.has("max-age")
                || (policy.shared() && cc.has("s-maxage"))
                || (!rd.targeted() && headers.has("Expires"));
    }

    /** The response's {@code Date}, or {@code fallback} when absent or invalid. */
    public static long date(HttpHeaders headers, long fallback) {
        OptionalLong d = HttpDates.parse(headers.first("Date"), fallback);
        return d.isPresent() ? d.getAsLong() : fallback;
    }

    private static long heuristicLifetime(
            int status,
            HttpHeaders headers,
            CacheControl cc,
            long dateMillis,
            long responseTimeMillis,
            CachePolicy policy) {
        if (!HEURISTICALLY_CACHEABLE.contains(status) && !cc.has("public")) {
            return 0;
        }
        OptionalLong lm = HttpDates.parse(headers.first("Last-Modified"), responseTimeMillis);
        if (lm.isEmpty() || lm.getAsLong() >= dateMillis) {
            return 0;
        }
        long guess = (long) ((dateMillis - lm.getAsLong()) * policy.heuristicFraction());
        return Math.min(guess, policy.heuristicCapSeconds() * 1000);
    }

    private static long window(CacheControl cc, String name) {
        return Math.max(0, cc.deltaSeconds(name)) * 1000;
    }
}
