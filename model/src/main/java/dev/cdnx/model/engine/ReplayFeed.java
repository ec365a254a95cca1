package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.topology.GeoMath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feeds a {@link ReplayRequests} into a run as one arrival stream: it writes the replay's sizes and
 * classes into the run's catalog, then hands the requests to the request flow at their times. Requests
 * after the run's duration are not started.
 */
final class ReplayFeed {

    /** The stream number replay arrivals carry (users streams count from 0). */
    static final int STREAM = -1;

    private final ReplayRequests replay;
    private int next;

    ReplayFeed(ReplayRequests replay, World world) {
        this.replay = replay;
        Catalog c = world.catalog;
        if (c.total < replay.objects()) {
            throw new IllegalArgumentException(
                    "the run's catalog has " + c.total + " objects, the replay " + replay.objects());
        }
        int[] classIndex = new int[replay.classNames.size()];
        for (int i = 0; i < classIndex.length; i++) {
            classIndex[i] = Math.max(0, c.classIndex(replay.classNames.get(i)));
        }
        for (int o = 0; o < replay.objects(); o++) {
            c.replaceEntry(o, replay.sizes[o], classIndex[replay.classes[o]]);
        }
    }

    /** Schedules the first request. */
    void start(World world) {
        if (replay.count > 0 && replay.times[0] <= world.end) {
            Event e = Event.at(replay.times[0], Event.ARRIVAL);
            e.stream = STREAM;
            world.schedule(e);
        }
    }

    /** Starts the request of event {@code e} and schedules the next one on the same event. */
    void arrive(Event e, World world, RequestFlow flow) {
        int k = next++;
        double t = e.time;
        // The arrival is still the queue's earliest event (see Simulation.arrival): it moves on to the next
        // request's time in place, or leaves the queue after the last one.
        if (next < replay.count && replay.times[next] <= world.end) {
            e.time = replay.times[next];
            world.queue.rescheduleTop(e);
        } else {
            world.queue.pop();
        }
        int u = replay.users[k];
        int object = replay.objects[k];
        Steering st = world.steering[u];
        int edge = st != null ? st.edgeFor(t) : world.edgeOf[u];
        flow.userRequest(u, object, world.catalog.packed(object), world.keyOf(object, 0), t, edge);
    }

    /**
     * Edge counters summed by the pricing region of each edge (its {@code region}, else derived from
     * its coordinates; "unknown" without either): requests, hits, bytes requested, bytes hit.
     */
    static Map<String, long[]> edgeTalliesByRegion(World world) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (SimNode n : world.nodes) {
            if (n.kind != NodeKind.EDGE) {
                continue;
            }
            String region = n.spec.region != null
                    ? n.spec.region
                    : n.spec.lat != null && n.spec.lon != null ? GeoMath.regionOf(n.spec.lat, n.spec.lon) : "unknown";
            long[] t = out.computeIfAbsent(region, k -> new long[4]);
            t[0] += n.counters.requests;
            t[1] += n.counters.hits;
            t[2] += n.counters.bytesRequested;
            t[3] += n.counters.bytesHit;
        }
        return out;
    }
}
