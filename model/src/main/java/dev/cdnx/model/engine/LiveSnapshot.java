package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.topology.NodeId;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The state of a run at one instant, cheap enough to take every frame: totals, each node's gauges, the
 * origins' load, push coverage, and latency percentiles since the previous snapshot. Immutable, so the
 * engine thread can hand it to the UI thread.
 */
public record LiveSnapshot(
        double time,
        long requests,
        long hits,
        double hitRatio,
        double byteHitRatio,
        long originRequests,
        long errors,
        long coalesced,
        long staleServed,
        long staleIfError,
        long revalidations,
        double pushCoverage,
        double recentP50Ms,
        double recentP95Ms,
        double recentP99Ms,
        List<NodeGauge> nodes) {

    /**
     * One node's gauges: cache fill and hit ratio for caches; load against capacity for origins. A snapshot
     * lists them in node order, so {@code nodes().get(i).id().index() == i}.
     */
    public record NodeGauge(
            NodeId id,
            String kind,
            boolean down,
            double fill,
            double hitRatio,
            long requests,
            int originBusy,
            int originQueued,
            int originConcurrency) {

        /** The node's name, for display. */
        public String name() {
            return id.name();
        }

        /**
         * True for an origin that is queueing requests or is down (every fetch fails): the meter turns
         * red. Refusals happen only once the queue is full, so a queue always shows before them.
         */
        public boolean strained() {
            return "origin".equals(kind) && (originQueued > 0 || down);
        }
    }

    static LiveSnapshot of(World w, double now) {
        Metrics m = w.metrics;
        List<NodeGauge> gauges = new ArrayList<>(w.nodes.length);
        for (SimNode n : w.nodes) {
            double fill = 0;
            if (n.cache != null) {
                long cap = n.cache.capacityBytes() + n.pinnedBytes;
                fill = cap == 0 ? 0 : (double) (n.cache.usedBytes() + (n.pushTarget ? pinnedNow(w, now) : 0)) / cap;
            }
            OriginServer o = n.kind == NodeKind.ORIGIN ? w.origins[n.index] : null;
            gauges.add(new NodeGauge(
                    w.ids.id(n.index),
                    n.kind.id(),
                    n.down,
                    fill,
                    ResultBuilder.ratio(n.counters.hits, n.counters.requests),
                    n.counters.requests,
                    o == null ? 0 : o.busy(),
                    o == null ? 0 : o.queued(),
                    o == null ? 0 : o.concurrency()));
        }
        Histogram recent = m.recentLatency;
        // The first snapshot starts the recording; until then no run pays for it.
        m.keepRecent = true;
        double p50 = recent.getTotalCount() == 0 ? Double.NaN : recent.getValueAtPercentile(50) / 1000.0;
        double p95 = recent.getTotalCount() == 0 ? Double.NaN : recent.getValueAtPercentile(95) / 1000.0;
        double p99 = recent.getTotalCount() == 0 ? Double.NaN : recent.getValueAtPercentile(99) / 1000.0;
        recent.reset();
        return new LiveSnapshot(
                now,
                m.requests,
                m.hits,
                ResultBuilder.ratio(m.hits, m.requests),
                ResultBuilder.ratio(m.bytesHit, m.bytesRequested),
                m.originRequests,
                m.errors,
                m.coalesced,
                m.staleServed,
                m.staleIfError,
                m.revalidations,
                w.push.active ? w.push.coverage(now) : 0,
                p50,
                p95,
                p99,
                List.copyOf(gauges));
    }

    private static long pinnedNow(World w, double now) {
        return w.push.verifiedBytes(now);
    }
}
