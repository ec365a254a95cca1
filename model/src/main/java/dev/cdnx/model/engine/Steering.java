package dev.cdnx.model.engine;

import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.SteeringSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * DNS steering for one users node: its clients each hold an answer (a provider) until the DNS TTL runs
 * out. A new answer picks a provider by weight among the healthy ones (evenly among them when their
 * weights are all zero: the cold standby takes over). A client whose provider went down keeps going to
 * it, and failing, until its answer expires. Each client's answers expire on its own phase, drawn from the
 * seed: the answer a client holds when the run starts was taken at a random moment of the TTL before, so
 * the clients' answers do not all expire together and an outage costs about the same whenever it starts.
 */
final class Steering {

    private final World world;
    private final int users;
    private final double ttl;
    private final List<String> providers = new ArrayList<>();
    private final double[] weights;
    private final int[] answer;
    private final double[] expires;
    /** Per client, where in the TTL its answers were taken before the run: [0, ttl). */
    private final double[] phase;

    private final int[] edgeOfProvider;
    private final SplittableRandom rng;

    Steering(World world, int users, NodeSpec steeringNode, long seed) {
        this.world = world;
        this.users = users;
        SteeringSpec s = steeringNode.steering == null ? new SteeringSpec() : steeringNode.steering;
        ttl = s.dnsTtl == null ? 60 : s.dnsTtl.seconds();
        for (Map.Entry<String, Double> e : s.weights.entrySet()) {
            providers.add(e.getKey());
        }
        if (providers.isEmpty()) {
            for (NodeSpec e : world.topology.upstreamOf(steeringNode)) {
                if (e.kind == NodeKind.EDGE && e.provider != null && !providers.contains(e.provider)) {
                    providers.add(e.provider);
                }
            }
        }
        weights = new double[providers.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = s.weights.getOrDefault(providers.get(i), 1.0);
        }
        int clients = Math.max(1, world.nodes[users].spec.usersOrDefault().clients);
        answer = new int[clients];
        expires = new double[clients];
        java.util.Arrays.fill(expires, Double.NaN);
        phase = new double[clients];
        SplittableRandom phases = new SplittableRandom(seed * 31 + users * 7919L + 5);
        for (int c = 0; c < clients; c++) {
            phase[c] = phases.nextDouble() * ttl;
        }
        edgeOfProvider = new int[providers.size()];
        rng = new SplittableRandom(seed * 31 + users * 7919L + 3);
    }

    /** The edge the next request of these users goes to at time t; -1 when its provider has none up. */
    int edgeFor(double t) {
        if (providers.isEmpty()) {
            return world.edgeOf[users];
        }
        int c = rng.nextInt(answer.length);
        double u = rng.nextDouble();
        double until = expires[c];
        if (Double.isNaN(until)) {
            // The client's first request: it holds the answer it took at its phase, the last one before t.
            answer[c] = resolve(u);
            expires[c] = ttl > 0 ? phase[c] + ttl * (Math.floor((t - phase[c]) / ttl) + 1) : t;
        } else if (t >= until) {
            answer[c] = resolve(u);
            expires[c] = t + ttl;
        }
        return edgeOfProvider[answer[c]];
    }

    private int resolve(double u) {
        double total = 0;
        int healthy = 0;
        for (int p = 0; p < weights.length; p++) {
            if (up(p)) {
                total += weights[p];
                healthy++;
            }
        }
        if (healthy == 0) {
            return 0;
        }
        double pick = u * (total > 0 ? total : healthy);
        for (int p = 0; p < weights.length; p++) {
            if (!up(p)) {
                continue;
            }
            pick -= total > 0 ? weights[p] : 1;
            if (pick < 0) {
                return p;
            }
        }
        for (int p = weights.length - 1; p >= 0; p--) {
            if (up(p)) {
                return p;
            }
        }
        return 0;
    }

    private boolean up(int p) {
        return edgeOfProvider[p] >= 0;
    }

    void reroute() {
        NodeSpec spec = world.nodes[users].spec;
        for (int p = 0; p < providers.size(); p++) {
            String name = providers.get(p);
            NodeSpec e = world.anycast.edgeFor(spec, name);
            edgeOfProvider[p] = e == null ? -1 : world.ids.indexOf(e.name);
        }
    }

    List<String> providers() {
        return providers;
    }
}
