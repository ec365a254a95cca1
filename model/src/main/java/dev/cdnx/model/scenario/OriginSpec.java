package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;

/**
 * The origin: it serves at most {@link #capacity} requests per second with {@link #concurrency}
 * connections; beyond that requests wait in a queue of at most {@link #queueLimit}, and past it they fail.
 */
@JsonPropertyOrder({"capacity", "concurrency", "serviceTime", "queueLimit", "connectRoundTrips"})
public final class OriginSpec {
    public Rate capacity = Rate.perSecond(1000);
    public int concurrency = 100;
    /** Time to produce one response once a connection is free. */
    public SimDuration serviceTime = SimDuration.ofMillis(20);

    public int queueLimit = 1000;
    /**
     * Extra round trips a cache spends before its request reaches the origin (new TCP and TLS
     * connection); 0 for kept-alive connections.
     */
    public int connectRoundTrips = 2;
}
