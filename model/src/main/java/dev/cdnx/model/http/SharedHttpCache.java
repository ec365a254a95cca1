package dev.cdnx.model.http;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * An in-memory HTTP cache (RFC 9111, RFC 5861, RFC 9213) in front of one {@link Upstream}, on a
 * pluggable {@link CacheClock}. It is what the conformance harness drives and what the simulation's
 * edges and shields follow.
 *
 * <p>{@link #handle} answers one request synchronously: a fresh, selected response is served with an
 * {@code Age} field (or a 304 when the request's precondition holds); a stale one is served when
 * {@code max-stale} or {@code stale-while-revalidate} allows it (the background revalidation then runs
 * at once, at the same instant); otherwise the cache validates with the stored {@code ETag} and
 * {@code Last-Modified}, or fetches. When the upstream fails, a stale response is served if
 * {@code stale-if-error} or (policy permitting) the disconnection rule allows it and no
 * {@code must-revalidate}, {@code proxy-revalidate}, {@code s-maxage} or {@code no-cache} forbids it;
 * otherwise the client gets a generated 502. A successful unsafe method invalidates the target and its
 * {@code Location} and {@code Content-Location}. Purges remove by key, key prefix or surrogate key.
 * Request coalescing lives in {@link CoalescingCache}. Not thread-safe: the simulation is single-threaded.
 */
public final class SharedHttpCache {

    private final CachePolicy policy;
    private final CacheClock clock;
    private final Upstream upstream;
    private final Function<HttpRequest, String> keyFunction;
    private final ResponseStore store = new ResponseStore();

    /** A cache keyed by the request URL as sent. */
    public SharedHttpCache(CachePolicy policy, CacheClock clock, Upstream upstream) {
        this(policy, clock, upstream, HttpRequest::url);
    }

    /** A cache keyed by {@code keyFunction}, e.g. a {@link CacheKeyRule} applied to the URL. */
    public SharedHttpCache(
            CachePolicy policy, CacheClock clock, Upstream upstream, Function<HttpRequest, String> keyFunction) {
        this.policy = Objects.requireNonNull(policy);
        this.clock = Objects.requireNonNull(clock);
        this.upstream = Objects.requireNonNull(upstream);
        this.keyFunction = Objects.requireNonNull(keyFunction);
    }

    public CachePolicy policy() {
        return policy;
    }

    /** The cache key of {@code request}. */
    public String keyOf(HttpRequest request) {
        return keyFunction.apply(request);
    }

    /** Answers {@code request}, going upstream as the rules require. */
    public CacheResult handle(HttpRequest request) {
        if (!request.isGetOrHead()) {
            return pass(request);
        }
        RequestDirectives rq = RequestDirectives.of(request.headers());
        String key = keyOf(request);
        StoredResponse stored = store.select(key, request.headers());
        long now = clock.nowMillis();
        if (stored != null) {
            Freshness f = stored.freshness(policy);
            long age = stored.currentAgeMillis(now);
            long staleness = age - f.lifetimeMillis();
            boolean fresh = staleness < 0;
            if (fresh && !f.noCache() && rq.acceptsFresh(age, f.lifetimeMillis())) {
                return new CacheResult(serve(stored, request, now), CacheOutcome.HIT, 0);
            }
            boolean mayServeStale = !fresh && !f.noCache() && !f.mustRevalidate() && !rq.noCache();
            if (mayServeStale && rq.acceptsStale(staleness)) {
                return new CacheResult(serve(stored, request, now), CacheOutcome.STALE, 0);
            }
            if (mayServeStale && f.staleWhileRevalidateMillis() > 0 && staleness <= f.staleWhileRevalidateMillis()) {
                HttpResponse response = serve(stored, request, now);
                CacheResult background = validate(stored, request, key, rq);
                return new CacheResult(response, CacheOutcome.STALE, background.upstreamFetches());
            }
        }
        if (rq.onlyIfCached()) {
            return new CacheResult(generated(504), CacheOutcome.ERROR, 0);
        }
        if (stored != null) {
            return validate(stored, request, key, rq);
        }
        return fetch(request, key, rq);
    }

    /** Whether a fresh stored response would answer {@code request} without going upstream. */
    public boolean hasFresh(HttpRequest request) {
        StoredResponse stored = store.select(keyOf(request), request.headers());
        if (stored == null || !request.isGetOrHead()) {
            return false;
        }
        Freshness f = stored.freshness(policy);
        long age = stored.currentAgeMillis(clock.nowMillis());
        return age < f.lifetimeMillis()
                && !f.noCache()
                && RequestDirectives.of(request.headers()).acceptsFresh(age, f.lifetimeMillis());
    }

    /** Whether a stored response, fresh or stale, is selected for {@code request} (its key and Vary fields). */
    public boolean holds(HttpRequest request) {
        return store.select(keyOf(request), request.headers()) != null;
    }

    /** Removes everything stored under {@code key}; returns the number of responses removed. */
    public int purgeKey(String key) {
        return store.removeKey(key);
    }

    /** Removes every response whose key starts with {@code prefix}; an empty prefix clears the cache. */
    public int purgePrefix(String prefix) {
        return store.removeIf(s -> s.key().startsWith(prefix));
    }

    /** Removes every response tagged {@code tag} in its {@code Surrogate-Key} field. */
    public int purgeTag(String tag) {
        return store.removeIf(s -> s.hasSurrogateKey(tag));
    }

    /** Number of stored responses, counting each Vary variant. */
    public int size() {
        return store.size();
    }

    private CacheResult validate(StoredResponse stored, HttpRequest request, String key, RequestDirectives rq) {
        String etag = stored.headers().first("ETag");
        String lastModified = stored.headers().first("Last-Modified");
        boolean conditional = etag != null || lastModified != null;
        HttpRequest upstreamRequest = request;
        if (conditional) {
            // The cache's own validators replace the client's: the answer must be about the stored copy.
            HttpHeaders h = request.headers().copy().remove("If-None-Match").remove("If-Modified-Since");
            if (etag != null) {
                h.add("If-None-Match", etag);
            }
            if (lastModified != null) {
                h.add("If-Modified-Since", lastModified);
            }
            upstreamRequest = request.withHeaders(h);
        }
        long requestTime = clock.nowMillis();
        HttpResponse response;
        try {
            response = upstream.fetch(upstreamRequest);
        } catch (Upstream.UpstreamFailure e) {
            return staleOnError(stored, request, true);
        }
        long responseTime = clock.nowMillis();
        if (conditional && response.status() == 304) {
            stored.refresh(response.headers(), requestTime, responseTime);
            return new CacheResult(serve(stored, request, responseTime), CacheOutcome.REVALIDATED, 1);
        }
        if (response.status() >= 500 && response.status() <= 504) {
            CacheResult stale = staleOnError(stored, request, false);
            if (stale.outcome() == CacheOutcome.STALE_IF_ERROR) {
                return stale;
            }
        }
        return store(request, key, rq, response, requestTime, responseTime);
    }

    private CacheResult staleOnError(StoredResponse stored, HttpRequest request, boolean disconnected) {
        long now = clock.nowMillis();
        Freshness f = stored.freshness(policy);
        long staleness = stored.currentAgeMillis(now) - f.lifetimeMillis();
        boolean allowedByDirective = f.staleIfErrorMillis() > 0 && staleness <= f.staleIfErrorMillis() && !f.noCache();
        boolean allowedByDisconnection =
                disconnected && policy.serveStaleOnError() && !f.mustRevalidate() && !f.noCache();
        if (allowedByDirective || allowedByDisconnection) {
            return new CacheResult(serve(stored, request, now), CacheOutcome.STALE_IF_ERROR, 1);
        }
        return new CacheResult(generated(502), CacheOutcome.ERROR, 1);
    }

    private CacheResult fetch(HttpRequest request, String key, RequestDirectives rq) {
        long requestTime = clock.nowMillis();
        HttpResponse response;
        try {
            response = upstream.fetch(request);
        } catch (Upstream.UpstreamFailure e) {
            return new CacheResult(generated(502), CacheOutcome.ERROR, 1);
        }
        return store(request, key, rq, response, requestTime, clock.nowMillis());
    }

    private CacheResult store(
            HttpRequest request,
            String key,
            RequestDirectives rq,
            HttpResponse response,
            long requestTime,
            long responseTime) {
        HttpHeaders headers = HeaderRules.withoutHopByHop(response.headers());
        if (request.method().equals("GET")
                && !rq.noStore()
                && CacheRules.isStorable(request, response.status(), headers, policy)) {
            store.put(new StoredResponse(
                    key, response.status(), headers, response.body(), request.headers(), requestTime, responseTime));
        }
        return new CacheResult(response.withHeaders(headers), CacheOutcome.MISS, 1);
    }

    private CacheResult pass(HttpRequest request) {
        HttpResponse response;
        try {
            response = upstream.fetch(request);
        } catch (Upstream.UpstreamFailure e) {
            return new CacheResult(generated(502), CacheOutcome.ERROR, 1);
        }
        if (!request.isSafe() && response.status() >= 200 && response.status() < 400) {
            store.removeKey(keyOf(request));
            for (String field : new String[] {"Location", "Content-Location"}) {
                String target = response.headers().first(field);
                if (target != null) {
                    store.removeKey(keyOf(new HttpRequest("GET", pathOf(target), new HttpHeaders(), null)));
                }
            }
        }
        return new CacheResult(
                response.withHeaders(HeaderRules.withoutHopByHop(response.headers())), CacheOutcome.PASS, 1);
    }

    /** The stored response as the client gets it: a 304 if its precondition holds, else in full. */
    private HttpResponse serve(StoredResponse stored, HttpRequest request, long now) {
        String age = Long.toString(stored.currentAgeMillis(now) / 1000);
        if (Validators.isConditional(request) && Validators.notModified(request, stored.headers(), now)) {
            HttpHeaders h = HeaderRules.notModifiedHeaders(stored.headers()).set("Age", age);
            return new HttpResponse(304, h, null);
        }
        HttpHeaders headers = stored.headers().copy().set("Age", age);
        String body = request.method().equals("HEAD") ? null : stored.body();
        return RangeRequests.apply(request, new HttpResponse(stored.status(), headers, body));
    }

    private static HttpResponse generated(int status) {
        return new HttpResponse(status, HttpHeaders.of("Content-Type", "text/plain"), null);
    }

    /** The path of a URL that may be absolute: scheme and authority dropped. */
    static String pathOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = url.indexOf('/', url.indexOf("//") + 2);
            return slash < 0 ? "/" : url.substring(slash);
        }
        return url;
    }
}
