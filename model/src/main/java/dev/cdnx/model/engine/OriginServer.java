package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.OriginSpec;
import java.util.ArrayDeque;

/**
 * The origin as a FIFO queue in front of a pool of servers. A request holds a server for the service
 * time; the pool is as large as the capacity allows (capacity × service time, at most
 * {@code concurrency}, at least one), so an idle origin answers in its service time and a busy one never
 * serves more than its capacity per second. Requests beyond the free servers wait in a queue of at most
 * {@code queueLimit}; past it they are refused at once.
 */
final class OriginServer {

    private final int concurrency;
    private final int servers;
    private final int queueLimit;
    final double holdTime;
    final int connectRoundTrips;
    private int busy;
    private final ArrayDeque<Fetch> queue = new ArrayDeque<>();
    long refused;
    long queuedTotal;

    OriginServer(OriginSpec spec) {
        OriginSpec s = spec == null ? new OriginSpec() : spec;
        concurrency = Math.max(1, s.concurrency);
        queueLimit = Math.max(0, s.queueLimit);
        double capacity = s.capacity == null ? 1000 : s.capacity.perSecond();
        double service = s.serviceTime == null ? 0.02 : s.serviceTime.seconds();
        servers = (int) Math.max(1, Math.min(concurrency, Math.floor(capacity * service + 1e-9)));
        holdTime = Math.max(service, servers / capacity);
        connectRoundTrips = Math.max(0, s.connectRoundTrips);
    }

    /** Takes a fetch: 1 when it starts service now, 0 when it waits in the queue, -1 when it is refused. */
    int accept(Fetch f) {
        if (busy < servers) {
            busy++;
            return 1;
        }
        if (queue.size() < queueLimit) {
            queue.add(f);
            queuedTotal++;
            return 0;
        }
        refused++;
        return -1;
    }

    /** A server is free again; returns the next queued fetch to start, or null. */
    Fetch release() {
        Fetch next = queue.poll();
        if (next == null) {
            busy--;
        }
        return next;
    }

    int busy() {
        return busy;
    }

    int queued() {
        return queue.size();
    }

    int concurrency() {
        return concurrency;
    }

    /** Drops everything (the origin went down); the dropped fetches are returned for error answers. */
    ArrayDeque<Fetch> drain() {
        ArrayDeque<Fetch> out = new ArrayDeque<>(queue);
        queue.clear();
        return out;
    }
}
