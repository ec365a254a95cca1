package dev.cdnx.lab;

import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.CacheKeyRule;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import dev.cdnx.model.http.conformance.CacheHarness;
import dev.cdnx.model.http.conformance.FakeOrigin;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The conformance cases over real sockets: a lab edge server (the same handler, cache and forwarder as
 * in a live lab) in front of a lab server playing each case's test origin, both on 127.0.0.1, and the
 * JDK client as the suite's client. Each case gets a fresh cache and its own origin; the case's virtual
 * clock is shared by the three, so the suite's pauses cost no real time.
 */
public final class OverHttpHarness implements CacheHarness {

    /** Registered with ServiceLoader so {@code cdnx conformance --over-http} finds it. */
    public static final class Provider implements CacheHarness.OverHttp {
        @Override
        public CacheHarness start() {
            return new OverHttpHarness(LabLimits.defaults());
        }
    }

    private final LabLimits limits;
    private final ExchangeLog log = new ExchangeLog();
    private final CaseOrigin originHandler = new CaseOrigin();
    private final CacheNodeHandler edgeHandler;
    private final LabServer origin;
    private final LabServer edge;
    private final ExecutorService forwarderThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "lab-conformance-client");
        t.setDaemon(true);
        return t;
    });
    private final LabClient client;

    public OverHttpHarness(LabLimits limits) {
        this.limits = limits;
        this.edgeHandler = new CacheNodeHandler("lab-edge", null, log);
        this.origin = new LabServer("test-origin", 0, originHandler, limits);
        this.edge = new LabServer("lab-edge", 0, edgeHandler, limits);
        origin.start();
        try {
            edge.start();
        } catch (RuntimeException e) {
            origin.stop();
            throw e;
        }
        this.client = new LabClient(edge.port(), Duration.ofMillis(limits.upstreamTimeoutMillis()));
    }

    @Override
    public Upstream connect(FakeOrigin fakeOrigin, CacheClock.Manual clock, CachePolicy policy) {
        originHandler.current = fakeOrigin;
        HttpForwarder forwarder = new HttpForwarder(forwarderThreads, origin::port, () -> 0, new Delays(0), limits);
        edgeHandler.use(new GuardedCache(
                policy, clock, forwarder, CacheKeyRule.asSent(), true, Long.MAX_VALUE, limits.upstreamTimeoutMillis()));
        return client;
    }

    /** The edge's port (tests and the report name it). */
    public int edgePort() {
        return edge.port();
    }

    @Override
    public void close() {
        edge.stop();
        origin.stop();
        forwarderThreads.shutdownNow();
    }

    /** The test origin of the case in progress; a {@code disconnect} case closes the connection unanswered. */
    private static final class CaseOrigin extends Handler.Abstract {
        private volatile FakeOrigin current;

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            HttpResponse r;
            try {
                r = current.fetch(Wire.toModel(request));
            } catch (Upstream.UpstreamFailure disconnect) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
                callback.failed(disconnect);
                return true;
            }
            Wire.send(request, response, callback, r);
            return true;
        }
    }
}
