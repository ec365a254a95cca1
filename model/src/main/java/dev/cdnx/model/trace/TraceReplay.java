package dev.cdnx.model.trace;

import dev.cdnx.model.cache.ObjectCache;
import java.io.IOException;

/**
 * Replays a trace through one cache with libCacheSim's rules: every request counts (no warm-up), a
 * first access is a miss, a hit keeps the cached size even if the request's size differs, an object the
 * cache does not admit is a miss that evicts nothing. With {@code ignoreSize} every request has size 1.
 * Nothing here reads a clock: the caller times {@link #run} (the command line does, and reports the loop's
 * own rate, trace reading included).
 */
public final class TraceReplay {

    private TraceReplay() {}

    /** Reads {@code reader} to its end through {@code cache}. */
    public static ReplayResult run(TraceReader reader, ObjectCache cache, boolean ignoreSize) throws IOException {
        long requests = 0;
        long misses = 0;
        long bytes = 0;
        long missedBytes = 0;
        while (reader.next()) {
            long size = ignoreSize ? 1 : reader.size();
            requests++;
            bytes += size;
            if (!cache.get(reader.id(), size)) {
                misses++;
                missedBytes += size;
            }
        }
        return new ReplayResult(requests, misses, bytes, missedBytes, reader.skippedRecords());
    }
}
