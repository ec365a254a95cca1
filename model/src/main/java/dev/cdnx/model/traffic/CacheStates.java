package dev.cdnx.model.traffic;

import java.util.Locale;

/**
 * Reads the cache-status words of the supported logs: CloudFront's x-edge-result-type, nginx's
 * $upstream_cache_status, Cloudflare's CacheCacheStatus and Fastly's fastly_info.state. A response the
 * cache served (including a stale or revalidated copy) is a hit; one that went to the origin (miss,
 * expired, pass, bypass, dynamic) is a miss; errors and empty values are unknown and stay out of the
 * log's hit ratio.
 */
final class CacheStates {

    private CacheStates() {}

    static byte of(String s, int from, int to) {
        int n = to - from;
        if (n <= 1) {
            return LogRecord.CACHE_UNKNOWN;
        }
        // The common words, checked without allocating.
        if (n == 3 && s.regionMatches(true, from, "Hit", 0, 3)) {
            return LogRecord.CACHE_HIT;
        }
        if (n == 4 && s.regionMatches(true, from, "Miss", 0, 4)) {
            return LogRecord.CACHE_MISS;
        }
        return of(s.substring(from, to));
    }

    static byte of(String word) {
        if (word == null) {
            return LogRecord.CACHE_UNKNOWN;
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.startsWith("hit")
                || w.equals("refreshhit")
                || w.equals("stale")
                || w.equals("updating")
                || w.equals("revalidated")
                || w.equals("stream_hit")) {
            return LogRecord.CACHE_HIT;
        }
        return switch (w) {
            case "miss", "expired", "pass", "bypass", "dynamic", "ignored", "deferred", "miss-wait", "pass-wait" ->
                LogRecord.CACHE_MISS;
            default -> LogRecord.CACHE_UNKNOWN;
        };
    }
}
