package dev.cdnx.lab;

import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An edge or shield: each request goes through the node's {@link GuardedCache}, whose misses travel to
 * the parent over real HTTP; the answer gets this node's {@code Cache-Status} entry and an {@code Age}
 * (0 when the response is first-hand), and the exchange is reported to the {@link ExchangeLog}.
 */
final class CacheNodeHandler extends Handler.Abstract {

    private final String name;
    private volatile GuardedCache cache;
    private final ExchangeLog log;

    CacheNodeHandler(String name, GuardedCache cache, ExchangeLog log) {
        this.name = name;
        this.cache = cache;
        this.log = log;
    }

    GuardedCache cache() {
        return cache;
    }

    /** Replaces the cache (the conformance harness gives each case a fresh one). */
    void use(GuardedCache fresh) {
        this.cache = fresh;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long began = System.nanoTime();
        HttpRequest in = Wire.toModel(request);
        long trip = log.tripOf(in);
        HttpRequest onward = in.withHeaders(in.headers().copy().set(ExchangeLog.TRIP_FIELD, Long.toString(trip)));
        GuardedCache.Answer answer = cache.handle(onward);
        HttpResponse r = answer.result().response();
        HttpHeaders headers = r.headers().copy();
        CacheStatus.annotate(headers, name, answer.result(), answer.stored());
        if (!headers.has("Age")) {
            headers.set("Age", "0");
        }
        // Logged before the bytes leave, so a trip's hops are always reported origin side first.
        log.record(
                name,
                trip,
                in,
                r.status(),
                CacheStatus.entry(name, answer.result(), answer.stored()),
                answer.result().outcome(),
                headers,
                began);
        Wire.send(request, response, callback, r.withHeaders(headers));
        return true;
    }
}
