package dev.cdnx.model.http;

/**
 * A cache's answer to one request: the response for the client, how it was produced, and how many
 * upstream fetches it cost (0 for a hit; 1 for a miss or validation; 2 when a stale response was served
 * and then revalidated in the background).
 */
public record CacheResult(HttpResponse response, CacheOutcome outcome, int upstreamFetches) {}
