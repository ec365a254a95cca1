package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Turns a run's counters into a {@link RunResult}. */
final class ResultBuilder {

    private ResultBuilder() {}

    static RunResult build(World w, double now) {
        Metrics m = w.metrics;
        List<RunResult.NodeStats> nodes = new ArrayList<>();
        List<RunResult.UsersStats> users = new ArrayList<>();
        int targets = 0;
        for (SimNode n : w.nodes) {
            SimNode.NodeCounters c = n.counters;
            long used = n.cache == null ? 0 : n.cache.usedBytes() + n.pinnedBytes;
            long cap = n.cache == null ? 0 : n.cache.capacityBytes() + n.pinnedBytes;
            if (n.pushTarget) {
                targets++;
            }
            long requests = c.requests;
            // An origin's errors are the fetches it refused with a full queue.
            long errors = w.origins[n.index] == null ? c.errors : c.errors + w.origins[n.index].refused;
            nodes.add(new RunResult.NodeStats(
                    n.name,
                    n.kind.id(),
                    requests,
                    c.hits,
                    ratio(c.hits, c.requests),
                    c.originFetches,
                    c.coalesced,
                    errors,
                    c.staleIfError,
                    c.revalidations,
                    c.bytesFilled,
                    used,
                    cap,
                    n.down));
            if (n.kind == NodeKind.USERS) {
                users.add(
                        new RunResult.UsersStats(n.name, latency(m.usersLatency(n.index)), m.firstRequestMs[n.index]));
            }
        }
        long edgeRequests = 0;
        long edgeHits = 0;
        long edgeBytes = 0;
        long edgeBytesHit = 0;
        for (SimNode n : w.nodes) {
            if (n.kind == NodeKind.EDGE) {
                edgeRequests += n.counters.requests;
                edgeHits += n.counters.hits;
                edgeBytes += n.counters.bytesRequested;
                edgeBytesHit += n.counters.bytesHit;
            }
        }
        long pushed = w.push.bytesPushedPerTarget(now) * targets;
        DeliveryModel model = w.scenario.delivery.model == null ? DeliveryModel.PULL : w.scenario.delivery.model;
        return new RunResult(
                w.scenario.name,
                model.id(),
                w.seed,
                m.requests,
                m.hits,
                m.requests - m.hits,
                ratio(m.hits, m.requests),
                ratio(m.bytesHit, m.bytesRequested),
                m.bytesRequested,
                m.bytesHit,
                m.originRequests,
                m.originBytes,
                m.filledFromOrigin,
                m.declinedFromOrigin,
                m.revalidations,
                m.coalesced,
                m.staleServed,
                m.staleIfError,
                m.errors,
                m.peakOriginPerSecond,
                latency(m.overallLatency()),
                w.push.active ? w.push.coverage(now) : 0,
                pushed,
                w.push.verifiedBytes(now) * targets,
                targets,
                new RunResult.TierStats(
                        edgeRequests, edgeHits, ratio(edgeHits, edgeRequests), ratio(edgeBytesHit, edgeBytes)),
                new RunResult.TierStats(
                        m.shieldRequests,
                        m.shieldHits,
                        ratio(m.shieldHits, m.shieldRequests),
                        ratio(m.shieldBytesHit, m.shieldBytesRequested)),
                List.copyOf(nodes),
                List.copyOf(users),
                byClass(w),
                now,
                m.series,
                classTraffic(w),
                w.push.bytesRepushedPerTarget(now) * targets);
    }

    private static List<RunResult.ClassTraffic> classTraffic(World w) {
        List<RunResult.ClassTraffic> out = new ArrayList<>();
        for (int c = 0; c < w.catalog.specs.length; c++) {
            out.add(new RunResult.ClassTraffic(
                    w.catalog.specs[c].name,
                    w.metrics.requestsByClass[c],
                    w.metrics.bytesRequestedByClass[c],
                    w.metrics.originBytesByClass[c]));
        }
        return List.copyOf(out);
    }

    private static Map<String, Long> byClass(World w) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int c = 0; c < w.catalog.specs.length; c++) {
            out.put(w.catalog.specs[c].name, w.metrics.originRequestsByClass[c]);
        }
        return out;
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static RunResult.Latency latency(Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            return new RunResult.Latency(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new RunResult.Latency(
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMean() / 1000.0,
                h.getTotalCount());
    }
}
