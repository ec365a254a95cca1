package dev.cdnx.model.timeline;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.TimeSeries;
import dev.cdnx.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moments of a run worth looking at, in time order (ties keep the order planned, then observed).
 * The command line prints them with {@code simulate --json} and the live run puts them on its timeline,
 * both from here. Before the run starts only the planned events are known; the observed ones appear as
 * the series reaches them.
 */
public final class RunEvents {

    private RunEvents() {}

    /** The events the scenario file alone schedules (no run needed). */
    public static List<RunEvent> planned(Scenario s) {
        return sorted(PlannedEvents.of(s));
    }

    /** Planned events plus those read off the series up to {@code upTo} simulated seconds. */
    public static List<RunEvent> of(Scenario s, TimeSeries series, double upTo) {
        List<RunEvent> observed = ObservedEvents.of(s, series, upTo);
        List<RunEvent> all = new ArrayList<>();
        for (RunEvent p : PlannedEvents.of(s)) {
            if (!confirmed(p, observed, s)) {
                all.add(p);
            }
        }
        all.addAll(observed);
        return sorted(all);
    }

    /** The events of a run (finished or partial: its series is read up to its simulated time). */
    public static List<RunEvent> of(Scenario s, RunResult r) {
        return of(s, r.series(), r.simulatedSeconds());
    }

    /** The first event strictly after {@code t} (by more than {@code slack} seconds), or null. */
    public static RunEvent next(List<RunEvent> events, double t, double slack) {
        for (RunEvent e : events) {
            if (e.time() > t + slack) {
                return e;
            }
        }
        return null;
    }

    /** The last event strictly before {@code t} (by more than {@code slack} seconds), or null. */
    public static RunEvent previous(List<RunEvent> events, double t, double slack) {
        RunEvent found = null;
        for (RunEvent e : events) {
            if (e.time() < t - slack) {
                found = e;
            }
        }
        return found;
    }

    /** The events as JSON-ready maps: time, kind, text, nodes. */
    public static List<Map<String, Object>> toJson(List<RunEvent> events) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", e.time());
            m.put("kind", e.kind().id());
            m.put("text", e.text());
            m.put("nodes", e.nodes());
            out.add(m);
        }
        return out;
    }

    /** An expected expiry wave that the series shows (within the TTL jitter, or a minute) gives way to it. */
    private static boolean confirmed(RunEvent planned, List<RunEvent> observed, Scenario s) {
        if (planned.kind() != EventKind.EXPIRY_WAVE) {
            return false;
        }
        double near = Math.max(60, s.policy.ttlJitter == null ? 0 : s.policy.ttlJitter.seconds());
        return observed.stream()
                .anyMatch(o -> o.kind() == EventKind.EXPIRY_WAVE && Math.abs(o.time() - planned.time()) <= near);
    }

    private static List<RunEvent> sorted(List<RunEvent> events) {
        List<RunEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparingDouble(RunEvent::time));
        return List.copyOf(copy);
    }
}
