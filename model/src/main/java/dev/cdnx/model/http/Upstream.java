package dev.cdnx.model.http;

/**
 * Where a cache sends what it cannot answer: the origin, a shield, or a test double. Implementations
 * answer synchronously; a response of any status is a success at this level. A connection that fails
 * or closes without a response is reported by throwing {@link UpstreamFailure}, which lets the cache
 * decide whether to serve a stale copy (RFC 5861 stale-if-error, RFC 9111 section 4.2.4).
 */
@FunctionalInterface
public interface Upstream {

    /** Fetches {@code request}; never returns null. */
    HttpResponse fetch(HttpRequest request) throws UpstreamFailure;

    /** The upstream could not give a response at all (refused, reset, closed early, timed out). */
    final class UpstreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UpstreamFailure(String message) {
            super(message);
        }
    }
}
