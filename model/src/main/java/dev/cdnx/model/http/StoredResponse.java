package dev.cdnx.model.http;

/**
 * One response held by a cache, with the request headers it was stored for (for {@code Vary}) and the
 * times the request was sent and the response received (for the age calculation of RFC 9111 4.2.3).
 *
 * <p>Headers are already stripped of hop-by-hop fields. A 304 replaces the headers and times through
 * {@link #refresh}; the status and body stay. Freshness is recomputed from the current headers each
 * time it is asked for, so a refresh that changes {@code Cache-Control} takes effect at once.
 */
public final class StoredResponse {

    private final String key;
    private final int status;
    private final String body;
    private final HttpHeaders requestHeaders;
    private HttpHeaders headers;
    private long requestTimeMillis;
    private long responseTimeMillis;

    public StoredResponse(
            String key,
            int status,
            HttpHeaders headers,
            String body,
            HttpHeaders requestHeaders,
            long requestTimeMillis,
            long responseTimeMillis) {
        this.key = key;
        this.status = status;
        this.headers = headers.copy();
        this.body = body;
        this.requestHeaders = requestHeaders.copy();
        this.requestTimeMillis = requestTimeMillis;
        this.responseTimeMillis = responseTimeMillis;
    }

    /** The cache key this response is stored under. */
    public String key() {
        return key;
    }

    public int status() {
        return status;
    }

    /** The stored header fields (a live view; callers copy before changing). */
    public HttpHeaders headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    /** The request header fields the response was stored for. */
    public HttpHeaders requestHeaders() {
        return requestHeaders;
    }

    public long responseTimeMillis() {
        return responseTimeMillis;
    }

    /** Current age at {@code nowMillis} (RFC 9111 4.2.3): corrected initial age plus resident time. */
    public long currentAgeMillis(long nowMillis) {
        return CacheRules.initialAgeMillis(headers, requestTimeMillis, responseTimeMillis)
                + Math.max(0, nowMillis - responseTimeMillis);
    }

    /** The freshness the current headers give under {@code policy}. */
    public Freshness freshness(CachePolicy policy) {
        return Freshness.of(status, headers, responseTimeMillis, policy);
    }

    /** Applies a 304's fields and restarts the age clock from that exchange. */
    public void refresh(HttpHeaders notModified, long requestTime, long responseTime) {
        this.headers = HeaderRules.updatedBy304(headers, notModified);
        this.requestTimeMillis = requestTime;
        this.responseTimeMillis = responseTime;
    }

    /** Whether the response names {@code tag} in its space-separated {@code Surrogate-Key} field. */
    public boolean hasSurrogateKey(String tag) {
        String keys = headers.get("Surrogate-Key");
        if (keys == null) {
            return false;
        }
        for (String k : keys.split("[\\s,]+")) {
            if (k.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
