package dev.cdnx.model.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of followed requests ({@code cdnx simulate --follow N --json}): per request its users node,
 * latency, outcome and hops, each hop timed in ms from when the user sent the request. The hops tile the
 * latency (see {@link RequestTrace}); times are rounded to the nanosecond by one rule, so equal instants
 * stay equal in the output.
 */
public final class FollowedJson {

    private FollowedJson() {}

    /** The traces as ordered maps and lists, ready for any JSON writer. */
    public static List<Object> toList(List<RequestTrace> traces) {
        List<Object> out = new ArrayList<>(traces.size());
        for (RequestTrace t : traces) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", t.id());
            o.put("users", t.users().name());
            o.put("startSeconds", t.start());
            o.put("latencyMs", t.complete() ? ms(t.latencyMs()) : null);
            o.put("outcome", t.complete() ? id(t.outcome().name()) : null);
            List<Object> hops = new ArrayList<>();
            for (RequestTrace.Hop h : t.hops()) {
                Map<String, Object> hop = new LinkedHashMap<>();
                hop.put("from", h.from().name());
                hop.put("to", h.to().name());
                hop.put("kind", id(h.kind().name()));
                hop.put("startMs", ms((h.start() - t.start()) * 1000));
                hop.put("endMs", Double.isNaN(h.end()) ? null : ms((h.end() - t.start()) * 1000));
                hops.add(hop);
            }
            o.put("hops", hops);
            out.add(o);
        }
        return out;
    }

    /** An enum constant as a JSON word: {@code STALE_IF_ERROR} → {@code stale-if-error}. */
    static String id(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static double ms(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
