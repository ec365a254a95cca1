package dev.cdnx.model.timeline;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.PrewarmSpec;
import dev.cdnx.model.scenario.ProfileSpec;
import dev.cdnx.model.scenario.PurgeSpec;
import dev.cdnx.model.scenario.PushSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.SteeringSpec;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a scenario file schedules: faults and recoveries, the DNS failover that follows a provider
 * outage once the steering's answers expire, flash crowds and launches (one event per start time, however
 * many users nodes share it), push jobs and rollbacks, purges and the pre-warm. Events after the run's
 * duration are left out; a target that names nothing gives an event with no nodes.
 */
final class PlannedEvents {

    private final Scenario s;
    private final List<RunEvent> out = new ArrayList<>();

    private PlannedEvents(Scenario s) {
        this.s = s;
    }

    static List<RunEvent> of(Scenario s) {
        PlannedEvents p = new PlannedEvents(s);
        p.faults();
        p.crowds();
        p.push();
        p.purges();
        p.prewarm();
        return p.out;
    }

    private void add(SimDuration at, EventKind kind, String text, List<String> nodes) {
        double t = at == null ? 0 : at.seconds();
        if (t <= s.duration.seconds()) {
            out.add(new RunEvent(t, kind, text, nodes));
        }
    }

    private void faults() {
        for (FaultSpec f : s.faults) {
            boolean down = !"up".equals(f.action);
            List<String> hit = targets(f.target);
            String who = hit.size() == 1 && hit.get(0).equals(f.target)
                    ? f.target
                    : f.target + " (" + hit.size() + " nodes)";
            add(
                    f.at,
                    down ? EventKind.FAULT : EventKind.RECOVERY,
                    down ? who + " goes down; its caches are lost" : who + " comes back up with cold caches",
                    hit);
            if (down && s.node(f.target) == null) {
                failover(f);
            }
        }
    }

    /** A provider outage behind DNS steering: clients keep the dead provider until their answer expires. */
    private void failover(FaultSpec f) {
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind != NodeKind.STEERING) {
                continue;
            }
            SteeringSpec st = n.steeringInForce();
            if (!st.weights.containsKey(f.target)) {
                continue;
            }
            List<String> others = new ArrayList<>(st.weights.keySet());
            others.remove(f.target);
            List<String> nodes = new ArrayList<>(List.of(n.name));
            others.forEach(p -> nodes.addAll(targets(p)));
            SimDuration at = SimDuration.ofSeconds(f.at.seconds() + st.dnsTtl.seconds());
            add(
                    at,
                    EventKind.DNS_FAILOVER,
                    n.name + "'s answers for " + f.target + " (TTL " + st.dnsTtl
                            + ") have all expired; users now land on "
                            + (others.isEmpty() ? "no other provider" : String.join(", ", others)),
                    nodes);
        }
    }

    private void crowds() {
        Map<String, List<NodeSpec>> groups = new LinkedHashMap<>();
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind != NodeKind.USERS) {
                continue;
            }
            ProfileSpec p = n.usersOrDefault().profile;
            if (p != null && p.at != null && ("flash".equals(p.type) || "launch".equals(p.type))) {
                String key = p.type + "|" + p.at.seconds() + "|" + p.object + "|" + p.contentClass + "|" + p.extraRate
                        + "|" + p.length;
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        for (List<NodeSpec> g : groups.values()) {
            ProfileSpec p = g.get(0).usersOrDefault().profile;
            boolean flash = "flash".equals(p.type);
            String what = flash ? "object " + (p.object == null ? 1 : p.object) : "content class " + p.contentClass;
            String who = g.size() == 1 ? g.get(0).name : g.size() + " users nodes";
            String rate = p.extraRate == null ? "" : " at +" + p.extraRate + (g.size() == 1 ? "" : " each");
            String length = p.length == null ? "" : " for " + p.length;
            add(
                    p.at,
                    flash ? EventKind.FLASH_CROWD : EventKind.LAUNCH,
                    who + " ask for " + what + rate + length,
                    g.stream().map(n -> n.name).toList());
        }
    }

    private void push() {
        DeliveryModel m = s.delivery.model;
        if (m == DeliveryModel.PULL) {
            return;
        }
        PushSpec p = s.delivery.push;
        String targets = m == DeliveryModel.HYBRID ? "shields" : p.targets;
        String what = m == DeliveryModel.HYBRID
                ? "the hybrid head"
                : p.contentClass == null ? "the whole catalog" : "content class " + p.contentClass;
        List<String> nodes = tier("shields".equals(targets) ? NodeKind.SHIELD : NodeKind.EDGE);
        add(
                p.at,
                EventKind.PUSH,
                what + " is pushed to " + nodes.size() + " " + targets + " at " + p.bandwidth + " each",
                nodes);
        if (p.rollbackAt != null) {
            add(p.rollbackAt, EventKind.ROLLBACK, "the pushed version is rolled back at the " + targets, nodes);
        }
    }

    private void purges() {
        for (PurgeSpec p : s.purges) {
            SimDuration lag = p.propagation == null ? SimDuration.ZERO : p.propagation;
            add(
                    p.at,
                    EventKind.PURGE,
                    "by " + p.by + " \"" + p.value + "\"; every cache drops the matches " + lag + " later",
                    List.of());
        }
    }

    private void prewarm() {
        PrewarmSpec pw = s.delivery.prewarm;
        if (pw == null || !pw.enabled) {
            return;
        }
        String what = pw.contentClass != null
                ? "content class " + pw.contentClass
                : "the top " + pw.objects + (pw.objects == 1 ? " object" : " objects");
        String how = "preloaded".equals(pw.mode) ? " is preloaded at " : " is requested once by each of ";
        List<String> edges = tier(NodeKind.EDGE);
        add(pw.at, EventKind.PREWARM, what + how + edges.size() + " edges", edges);
        MaxAge age = MaxAge.single(s);
        if (age != null) {
            SimDuration jitter = s.policy.ttlJitter;
            boolean spread = jitter != null && jitter.seconds() > 0;
            add(
                    SimDuration.ofSeconds((pw.at == null ? 0 : pw.at.seconds()) + age.seconds()),
                    EventKind.EXPIRY_WAVE,
                    "the copies pre-warmed together expire together (" + age + ")"
                            + (spread ? "; the ±" + jitter + " TTL jitter spreads them out" : ""),
                    edges);
        }
    }

    /** The node named {@code target}, else the nodes of the provider of that name. */
    private List<String> targets(String target) {
        if (s.node(target) != null) {
            return List.of(target);
        }
        return s.topology.nodes.stream()
                .filter(n -> target != null && target.equals(n.provider))
                .map(n -> n.name)
                .toList();
    }

    private List<String> tier(NodeKind kind) {
        return s.topology.nodes.stream()
                .filter(n -> n.kind == kind)
                .map(n -> n.name)
                .toList();
    }
}
