package dev.cdnx.lab;

import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps a lab server from being anything but itself: a request whose target names another host,
 * whether in absolute form ({@code GET http://example.com/ HTTP/1.1}) or in its {@code Host} field,
 * gets 421 Misdirected Request and is never forwarded, so the lab is not an open proxy and a web page
 * that rebinds its name to 127.0.0.1 cannot reach it either.
 */
final class LoopbackGuard extends Handler.Wrapper {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    LoopbackGuard(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHttpURI().getHost();
        if (host != null && !host.isEmpty() && !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            Wire.plain(
                    response,
                    callback,
                    421,
                    "This lab server answers only for 127.0.0.1; it is not a proxy" + " and will not fetch " + host
                            + ". Ask http://127.0.0.1:" + Request.getLocalPort(request) + "/ instead.");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
