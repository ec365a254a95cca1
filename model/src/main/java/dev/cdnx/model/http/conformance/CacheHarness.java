package dev.cdnx.model.http.conformance;

import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.SharedHttpCache;
import dev.cdnx.model.http.Upstream;

/**
 * What a conformance case talks to: a fresh cache with {@code policy} in front of the case's origin.
 * The in-process harness calls {@link SharedHttpCache} directly; the live lab's harness puts the same
 * cache behind a real HTTP server and the origin behind another, so the bytes cross real sockets.
 */
public interface CacheHarness extends AutoCloseable {

    /** A cache for one case; the returned upstream is the client's way in (request in, response out). */
    Upstream connect(FakeOrigin origin, CacheClock.Manual clock, CachePolicy policy);

    /** Releases what the harness holds (servers, ports); the in-process harness holds nothing. */
    @Override
    default void close() {}

    /** The cache called as a method, no sockets. */
    static CacheHarness inProcess() {
        return (origin, clock, policy) -> {
            SharedHttpCache cache = new SharedHttpCache(policy, clock, origin);
            return request -> cache.handle(request).response();
        };
    }

    /** Where a build that has the live lab registers its over-the-wire harness (ServiceLoader). */
    interface OverHttp {
        /** Starts the servers; the caller closes the harness. */
        CacheHarness start();
    }
}
