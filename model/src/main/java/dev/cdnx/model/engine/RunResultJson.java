package dev.cdnx.model.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a run's totals, shared by {@code cdnx simulate --json}, reports and exports. Field
 * order is fixed; NaN (no data) is written as null.
 */
public final class RunResultJson {

    private RunResultJson() {}

    /** The result as ordered maps and lists, ready for any JSON writer. */
    public static Map<String, Object> toMap(RunResult r, double wallSeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        m.put("model", r.model());
        m.put("seed", r.seed());
        m.put("requests", r.requests());
        m.put("hits", r.hits());
        m.put("misses", r.misses());
        m.put("hitRatio", num(r.hitRatio()));
        m.put("byteHitRatio", num(r.byteHitRatio()));
        m.put("bytesRequested", r.bytesRequested());
        m.put("originRequests", r.originRequests());
        m.put("originBytes", r.originBytes());
        m.put("originRefused", r.originRefused());
        m.put("filledFromOrigin", r.filledFromOrigin());
        m.put("declinedFromOrigin", r.declinedFromOrigin());
        m.put("revalidations", r.revalidations());
        m.put("coalesced", r.coalesced());
        m.put("staleServed", r.staleServed());
        m.put("staleIfError", r.staleIfError());
        m.put("errors", r.errors());
        m.put("peakOriginRequestsPerSecond", r.peakOriginRequestsPerSecond());
        m.put("latencyMs", latency(r.latencyMs()));
        m.put("pushCoverage", num(r.pushCoverage()));
        m.put("pushedBytes", r.pushedBytes());
        m.put("repushedBytes", r.repushedBytes());
        m.put("pinnedBytes", r.pinnedBytes());
        m.put("pushTargets", r.pushTargets());
        Map<String, Object> tiers = new LinkedHashMap<>();
        tiers.put("edge", tier(r.edgeTier()));
        tiers.put("shield", tier(r.shieldTier()));
        m.put("tiers", tiers);
        List<Object> nodes = new ArrayList<>();
        for (RunResult.NodeStats n : r.nodes()) {
            if (n.kind().equals("users") || n.kind().equals("steering")) {
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", n.name());
            o.put("kind", n.kind());
            o.put("requests", n.requests());
            o.put("hits", n.hits());
            o.put("hitRatio", num(n.hitRatio()));
            o.put("originFetches", n.originFetches());
            o.put("coalesced", n.coalesced());
            o.put("errors", n.errors());
            o.put("staleIfError", n.staleIfError());
            o.put("revalidations", n.revalidations());
            o.put("usedBytes", n.usedBytes());
            o.put("down", n.down());
            nodes.add(o);
        }
        m.put("nodes", nodes);
        List<Object> users = new ArrayList<>();
        for (RunResult.UsersStats u : r.users()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", u.name());
            o.put("latencyMs", latency(u.latencyMs()));
            o.put("firstRequestMs", num(u.firstRequestMs()));
            users.add(o);
        }
        m.put("users", users);
        m.put("originRequestsByClass", r.originRequestsByClass());
        List<Object> classes = new ArrayList<>();
        for (RunResult.ClassTraffic c : r.classTraffic()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", c.name());
            o.put("requests", c.requests());
            o.put("bytesRequested", c.bytesRequested());
            o.put("originBytes", c.originBytes());
            classes.add(o);
        }
        m.put("classTraffic", classes);
        m.put("simulatedSeconds", r.simulatedSeconds());
        m.put("wallSeconds", wallSeconds);
        m.put("requestsPerSecond", wallSeconds > 0 ? Math.round(r.requests() / wallSeconds) : 0);
        return m;
    }

    private static Map<String, Object> latency(RunResult.Latency l) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("p50", num(l.p50()));
        o.put("p95", num(l.p95()));
        o.put("p99", num(l.p99()));
        o.put("mean", num(l.mean()));
        return o;
    }

    private static Map<String, Object> tier(RunResult.TierStats t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("requests", t.requests());
        o.put("hits", t.hits());
        o.put("hitRatio", num(t.hitRatio()));
        o.put("byteHitRatio", num(t.byteHitRatio()));
        return o;
    }

    private static Object num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 1e6) / 1e6;
    }
}
