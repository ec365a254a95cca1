package dev.cdnx.lab;

import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.CacheKeyRule;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.topology.Router;
import dev.cdnx.model.topology.TopologyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A scenario's edges, shields and origins as HTTP servers on 127.0.0.1, one port each. Caches forward
 * misses to the next hop the simulation's {@link Router} picks (so taking a shield down sends its edges
 * to the origin, as in the simulation), waiting the drawn link round trip scaled by {@link Delays}.
 * {@link #close} stops every server and frees every port; it is safe to call from a shutdown hook.
 */
public final class LiveLab implements AutoCloseable {

    private final Map<String, LabServer> servers = new LinkedHashMap<>();
    private final List<LabNode> nodes = new ArrayList<>();
    private final Router router;
    private final TopologyGraph topology;
    private final ExchangeLog log = new ExchangeLog();
    private final Delays delays;
    private final ExecutorService clientThreads;

    private LiveLab(Scenario scenario, int portBase, double delayFactor, CacheClock clock, LabLimits limits) {
        this.topology = new TopologyGraph(scenario.topology);
        this.router = new Router(topology);
        this.delays = new Delays(delayFactor);
        // Eight threads for the JDK clients' own work (core = max, so they are really used), idle ones retired.
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(8, 8, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(4096), r -> {
                    Thread t = new Thread(r, "lab-client");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.clientThreads = pool;
        LabCatalog catalog = new LabCatalog(scenario.workload, scenario.seed);
        CachePolicy policy = CachePolicy.cdn().withTargets(scenario.policy.cdnTargets);
        CacheKeyRule keyRule = keyRule(scenario);
        int next = portBase;
        String sample = catalog.samplePaths().get(0);
        for (NodeSpec n : scenario.topology.nodes) {
            if (n.kind != NodeKind.ORIGIN && !n.kind.caches()) {
                continue;
            }
            int port = portBase == 0 ? 0 : next++;
            org.eclipse.jetty.server.Handler handler;
            if (n.kind == NodeKind.ORIGIN) {
                handler = new OriginHandler(
                        n.name,
                        catalog,
                        clock,
                        delays,
                        n.originOrDefault().serviceTime.millis(),
                        log);
            } else {
                boolean coalescing = n.cacheOrDefault().coalescing != null
                        ? n.cacheOrDefault().coalescing
                        : scenario.policy.coalescing;
                HttpForwarder forwarder =
                        new HttpForwarder(clientThreads, parentPort(n), () -> rttToParent(n), delays, limits);
                GuardedCache cache = new GuardedCache(
                        policy,
                        clock,
                        forwarder,
                        keyRule,
                        coalescing,
                        n.cacheOrDefault().capacity.bytes(),
                        limits.upstreamTimeoutMillis());
                handler = new CacheNodeHandler(n.name, cache, log);
            }
            servers.put(n.name, new LabServer(n.name, port, handler, limits));
        }
        if (servers.values().stream().noneMatch(s -> s.handler() instanceof OriginHandler)) {
            throw new LabException("the scenario has no origin; draw one and link the shields or edges to it");
        }
        try {
            for (LabServer s : servers.values()) {
                s.start();
                NodeKind kind = scenario.topology.node(s.name()).kind;
                nodes.add(new LabNode(s.name(), kind, s.port(), sample));
            }
        } catch (RuntimeException e) {
            close(); // a server that started before another failed must not keep its port
            throw e;
        }
    }

    /** Starts every server of {@code scenario}; port-base 0 lets the system pick free ports. */
    public static LiveLab start(Scenario scenario, int portBase, double delayFactor) {
        return start(scenario, portBase, delayFactor, System::currentTimeMillis, LabLimits.defaults());
    }

    /** Starts with a given clock and limits (tests move the clock by hand). */
    public static LiveLab start(
            Scenario scenario, int portBase, double delayFactor, CacheClock clock, LabLimits limits) {
        return new LiveLab(scenario, portBase, delayFactor, clock, limits);
    }

    public List<LabNode> nodes() {
        return List.copyOf(nodes);
    }

    /** The node called {@code name}, or null. */
    public LabNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }

    public ExchangeLog log() {
        return log;
    }

    public Delays delays() {
        return delays;
    }

    /** Takes a node down (its port stops answering) or brings it back; the routing follows. */
    public void setDown(String name, boolean down) {
        LabServer s = servers.get(name);
        if (s == null) {
            throw new LabException("no lab server named " + name);
        }
        synchronized (router) {
            router.setDown(name, down);
        }
        s.setDown(down);
    }

    public boolean isDown(String name) {
        LabServer s = servers.get(name);
        return s != null && s.isDown();
    }

    /** Bytes and responses a cache node holds now; {@code [0, 0]} for an origin. */
    public long[] storedOf(String name) {
        LabServer s = servers.get(name);
        if (s != null && s.handler() instanceof CacheNodeHandler c) {
            return new long[] {c.cache().storedBytes(), c.cache().size()};
        }
        return new long[] {0, 0};
    }

    /** Every server's listening address (for the check that nothing listens beyond loopback). */
    public List<java.net.InetSocketAddress> boundAddresses() {
        return servers.values().stream()
                .map(LabServer::boundAddress)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Whether every server is still running. */
    public boolean isRunning() {
        return !servers.isEmpty() && servers.values().stream().allMatch(LabServer::isRunning);
    }

    @Override
    public void close() {
        servers.values().forEach(LabServer::stop);
        clientThreads.shutdownNow();
    }

    private IntSupplier parentPort(NodeSpec cache) {
        return () -> {
            NodeSpec hop = nextHop(cache);
            LabServer s = hop == null ? null : servers.get(hop.name);
            if (s == null) {
                throw new dev.cdnx.model.http.Upstream.UpstreamFailure(cache.name + " has no path to an origin");
            }
            return s.port();
        };
    }

    private double rttToParent(NodeSpec cache) {
        NodeSpec hop = nextHop(cache);
        return hop == null ? 0 : topology.rttBetweenMs(cache, hop);
    }

    private NodeSpec nextHop(NodeSpec cache) {
        synchronized (router) {
            return router.nextHop(cache);
        }
    }

    private static CacheKeyRule keyRule(Scenario s) {
        List<String> dropped = s.policy.cacheKey.dropTrackingParams ? s.policy.cacheKey.ignoredParams : List.of();
        return new CacheKeyRule(dropped, s.policy.cacheKey.dropTrackingParams, false);
    }
}
