package dev.cdnx.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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

    /** How long one probe of a downed port may take to be refused or answered (loopback: at once). */
    private static final int PROBE_TIMEOUT_MILLIS = 200;

    /** The pause between probes while the acceptor thread lets go of the socket. */
    private static final long PROBE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final String name;
    private final Server server;
    private final ServerConnector connector;
    private final Handler handler;
    private final long stopTimeoutMillis;
    private volatile boolean down;

    LabServer(String name, int port, Handler handler, LabLimits limits) {
        this.name = name;
        this.handler = handler;
        this.stopTimeoutMillis = limits.stopTimeoutMillis();
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
                int shut = port();
                connector.stop();
                awaitRefused(shut);
            } else {
                connector.start();
            }
            down = isDown;
        } catch (Exception e) {
            throw new LabException(name + " could not " + (isDown ? "stop" : "resume") + " listening on port " + port()
                    + ": " + e.getMessage());
        }
    }

    /**
     * Returns once the port refuses connections. Jetty closes the listening channel and interrupts its
     * acceptor, but the JDK releases a socket that a thread is blocked accepting on only when that thread
     * has left accept(); until then a connection could still be taken in. A probe that gets in is closed
     * at once; the wait is bounded by the stop timeout.
     */
    private void awaitRefused(int shut) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stopTimeoutMillis);
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), shut), PROBE_TIMEOUT_MILLIS);
            } catch (IOException refused) {
                return;
            }
            LockSupport.parkNanos(PROBE_PAUSE_NANOS);
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
