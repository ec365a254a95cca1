package dev.cdnx.lab;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One node's HTTP/1.1 server: Jetty bound to 127.0.0.1 only, with the {@link LabLimits} applied (head
 * and body size, connections, a bounded thread pool and queue, idle and stop timeouts) and the
 * {@link LoopbackGuard} in front of the node's handler. Taking a node down closes its listening socket,
 * so clients are refused as by a dead machine; bringing it up opens the same port again.
 */
final class LabServer {

    /** The only address a lab server listens on. */
    static final String LOOPBACK = "127.0.0.1";

    private final String name;
    private final Server server;
    private final ServerConnector connector;
    private final Handler handler;
    private volatile boolean down;

    LabServer(String name, int port, Handler handler, LabLimits limits) {
        this.name = name;
        this.handler = handler;
        QueuedThreadPool pool = new QueuedThreadPool(
                limits.maxThreads(),
                Math.min(4, limits.maxThreads()),
                (int) limits.idleTimeoutMillis(),
                new BlockingArrayQueue<>(limits.queueCapacity()));
        pool.setName("lab-" + name);
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeoutMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        SizeLimitHandler bodyCap = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        bodyCap.setHandler(handler);
        server.setHandler(new LoopbackGuard(bodyCap));
        server.setStopTimeout(limits.stopTimeoutMillis());
        server.setStopAtShutdown(false);
    }

    String name() {
        return name;
    }

    Handler handler() {
        return handler;
    }

    /** Opens the port; a busy port gives one line naming it and the way out. */
    void start() {
        try {
            server.start();
            connector.setPort(connector.getLocalPort());
        } catch (Exception e) {
            stop();
            throw new LabException(name + " could not listen on " + LOOPBACK + ":" + connector.getPort() + " ("
                    + e.getMessage() + "); choose other ports with --port-base");
        }
    }

    /** The bound port (fixed once started). */
    int port() {
        return connector.getLocalPort() > 0 ? connector.getLocalPort() : connector.getPort();
    }

    /** The address the listening socket is bound to, or null while down or stopped. */
    java.net.InetSocketAddress boundAddress() {
        try {
            return connector.getTransport() instanceof java.nio.channels.ServerSocketChannel ch
                    ? (java.net.InetSocketAddress) ch.getLocalAddress()
                    : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    boolean isDown() {
        return down;
    }

    /** Stops or resumes answering: closes or reopens the listening socket on the same port. */
    synchronized void setDown(boolean isDown) {
        if (isDown == down) {
            return;
        }
        try {
            if (isDown) {
                connector.stop();
            } else {
                connector.start();
            }
            down = isDown;
        } catch (Exception e) {
            throw new LabException(name + " could not " + (isDown ? "stop" : "resume") + " listening on port " + port()
                    + ": " + e.getMessage());
        }
    }

    /** Stops the server and frees its port; safe to call twice. */
    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: Jetty has already closed what it could; the port is released.
        }
    }

    boolean isRunning() {
        return server.isRunning();
    }
}
