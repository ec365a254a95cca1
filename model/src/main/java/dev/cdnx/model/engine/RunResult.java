package dev.cdnx.model.engine;

import java.util.List;
import java.util.Map;

/**
 * The totals of a run (SPEC S3.6). Every user request is a hit or a miss ({@code requests = hits +
 * misses}); {@code coalesced}, {@code errors} and revalidated requests are kinds of misses,
 * {@code staleServed} counts stale answers (under stale-while-revalidate, a hit; under stale-if-error,
 * a miss that ended well), {@code staleIfError} the latter alone: requests whose edge or shield answered
 * from a stale copy because its parent failed (down, unreachable or refusing). {@code originBytes} are body bytes the origin sent; {@code filledFromOrigin}
 * the bytes caches stored from it, {@code declinedFromOrigin} those a cache passed on without keeping
 * (too large for it, or refused by its admission rule). {@code pushedBytes} counts every byte sent to the
 * push targets, {@code repushedBytes} the part of it that re-sent changed objects after the first publish;
 * {@code pinnedBytes} only the copies verified at their targets by the end of the run.
 */
public record RunResult(
        String scenario,
        String model,
        long seed,
        long requests,
        long hits,
        long misses,
        double hitRatio,
        double byteHitRatio,
        long bytesRequested,
        long bytesHit,
        long originRequests,
        long originBytes,
        long filledFromOrigin,
        long declinedFromOrigin,
        long revalidations,
        long coalesced,
        long staleServed,
        long staleIfError,
        long errors,
        long peakOriginRequestsPerSecond,
        Latency latencyMs,
        double pushCoverage,
        long pushedBytes,
        long pinnedBytes,
        int pushTargets,
        TierStats edgeTier,
        TierStats shieldTier,
        List<NodeStats> nodes,
        List<UsersStats> users,
        Map<String, Long> originRequestsByClass,
        double simulatedSeconds,
        TimeSeries series,
        List<ClassTraffic> classTraffic,
        long repushedBytes) {

    /**
     * One content class's share of the run: the user requests for it, the bytes they asked for and the
     * body bytes the origin sent for it. The cost model uses it to tell a launch's traffic (a class with
     * its own object count, asked for only by launches) from the steady traffic.
     */
    public record ClassTraffic(String name, long requests, long bytesRequested, long originBytes) {}

    /** Latency percentiles in milliseconds; NaN when no request finished. */
    public record Latency(double p50, double p95, double p99, double mean, long count) {}

    /** Requests reaching a tier and how many it answered itself. */
    public record TierStats(long requests, long hits, double hitRatio, double byteHitRatio) {}

    /** One node's counters. */
    public record NodeStats(
            String name,
            String kind,
            long requests,
            long hits,
            double hitRatio,
            long originFetches,
            long coalesced,
            long errors,
            long staleIfError,
            long revalidations,
            long bytesFilled,
            long usedBytes,
            long capacityBytes,
            boolean down) {

        /**
         * This node's requests not answered from its own cache, as the run's totals count misses: the
         * coalesced ones (they waited for a fetch already in flight) are among them.
         */
        public long misses() {
            return requests - hits;
        }
    }

    /** One users node's latency and its first request's latency. */
    public record UsersStats(String name, Latency latencyMs, double firstRequestMs) {}

    /**
     * Fetches the origins refused because their queue was full. Each one failed the request behind it,
     * and the cache that asked asks again on its next request for the object, so a herd's origin
     * requests can outnumber the caches in it.
     */
    public long originRefused() {
        return nodes.stream()
                .filter(n -> "origin".equals(n.kind()))
                .mapToLong(NodeStats::errors)
                .sum();
    }

    /** The node stats by name, or null. */
    public NodeStats node(String name) {
        for (NodeStats n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
