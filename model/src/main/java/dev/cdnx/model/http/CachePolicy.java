package dev.cdnx.model.http;

import java.util.List;

/**
 * How a cache applies the rules where HTTP leaves a choice.
 *
 * @param shared           true for a shared cache (CDN, proxy): honours {@code s-maxage}, refuses
 *                         {@code private} and responses to requests with {@code Authorization}
 * @param cdnTargets       targeted cache-control fields this cache obeys, in order of preference
 *                         (RFC 9213), e.g. {@code ["CDN-Cache-Control"]}; empty to obey none
 * @param heuristicFraction fraction of the time since {@code Last-Modified} used as heuristic
 *                         freshness (RFC 9111 suggests 10%); 0 disables heuristic freshness
 * @param heuristicCapSeconds upper bound of a heuristic lifetime
 * @param serveStaleOnError whether a stale copy may be served when the upstream fails and no
 *                         directive forbids it (RFC 9111 4.2.4 allows it when disconnected)
 */
public record CachePolicy(
        boolean shared,
        List<String> cdnTargets,
        double heuristicFraction,
        long heuristicCapSeconds,
        boolean serveStaleOnError) {

    public CachePolicy {
        cdnTargets = List.copyOf(cdnTargets);
        if (heuristicFraction < 0 || heuristicCapSeconds < 0) {
            throw new IllegalArgumentException("heuristic settings must not be negative");
        }
    }

    /** A CDN edge: shared, obeys {@code CDN-Cache-Control}, 10% heuristic up to a day, stale on error. */
    public static CachePolicy cdn() {
        return new CachePolicy(true, List.of("CDN-Cache-Control"), 0.1, 86_400, true);
    }

    /** The same policy with other targeted fields. */
    public CachePolicy withTargets(List<String> targets) {
        return new CachePolicy(shared, targets, heuristicFraction, heuristicCapSeconds, serveStaleOnError);
    }
}
