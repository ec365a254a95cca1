package dev.cdnx.model.engine;

import dev.cdnx.model.cache.ObjectCache;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.PrewarmSpec;
import dev.cdnx.model.scenario.PurgeSpec;
import dev.cdnx.model.topology.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario's timeline as events: faults (a node or provider down or up), purges (by key, prefix or
 * tag, applied at every cache after the propagation delay) and the pre-warm before a launch.
 */
final class Timeline {

    private final World w;
    private final RequestFlow flow;

    Timeline(World world, RequestFlow flow) {
        this.w = world;
        this.flow = flow;
    }

    void schedule() {
        for (FaultSpec f : w.scenario.faults) {
            boolean down = f.kind() == FaultAction.DOWN;
            at(f.at.seconds(), () -> apply(f.target, down, f.at.seconds()));
        }
        for (PurgeSpec p : w.scenario.purges) {
            double when = p.at.seconds() + (p.propagation == null ? 0 : p.propagation.seconds());
            at(when, () -> purge(p));
        }
        PrewarmSpec pw = w.scenario.delivery.prewarm;
        if (pw != null && pw.enabled) {
            double t = pw.at == null ? 0 : pw.at.seconds();
            at(t, () -> prewarm(pw, t));
        }
    }

    private void at(double time, Runnable action) {
        Event e = Event.at(time, Event.TIMELINE);
        e.action = action;
        w.schedule(e);
    }

    /** Takes a node, or every node of a provider, named as the scenario's timeline names it, down or up at t. */
    void apply(String target, boolean down, double t) {
        int i = w.ids.indexOf(target);
        if (i >= 0) {
            apply(List.of(w.nodes[i]), down, t);
        } else {
            applyToProvider(target, down, t);
        }
    }

    /** Takes one node down or up at time t. */
    void apply(NodeId node, boolean down, double t) {
        if (node.index() < 0 || node.index() >= w.nodes.length || !node.equals(w.ids.id(node.index()))) {
            throw new IllegalArgumentException("node " + node + " is not a node of this run");
        }
        apply(List.of(w.nodes[node.index()]), down, t);
    }

    /** Takes every node of a provider down or up at time t. */
    void applyToProvider(String provider, boolean down, double t) {
        List<SimNode> hit = new ArrayList<>();
        for (SimNode n : w.nodes) {
            if (provider.equals(n.spec.provider)) {
                hit.add(n);
            }
        }
        if (hit.isEmpty()) {
            throw new IllegalArgumentException("no node or provider named \"" + provider + "\"");
        }
        apply(hit, down, t);
    }

    private void apply(List<SimNode> hit, boolean down, double t) {
        for (SimNode n : hit) {
            if (n.down == down) {
                continue;
            }
            n.down = down;
            w.router.setDown(n.name, down);
            if (n.kind.caches()) {
                // A PoP that goes down loses its cache; it comes back cold.
                n.cache = w.newCache(n);
            }
            if (down && n.kind == NodeKind.ORIGIN) {
                for (Fetch f : w.origins[n.index].drain()) {
                    flow.answer(f, Fetch.ERROR, 0, 0, t, w.rtt(f.node, n.index) / 2);
                }
            }
        }
        w.reroute();
    }

    private void purge(PurgeSpec p) {
        for (SimNode n : w.nodes) {
            if (n.cache == null) {
                continue;
            }
            ObjectCache c = n.cache;
            List<Long> doomed = new ArrayList<>();
            for (int slot = 0; slot < c.slotLimit(); slot++) {
                if (c.occupied(slot) && matches(p, w.objectOf(c.keyAt(slot)))) {
                    doomed.add(c.keyAt(slot));
                }
            }
            doomed.forEach(c::remove);
        }
    }

    private boolean matches(PurgeSpec p, int object) {
        ContentClassSpec cls = w.catalog.specs[w.catalog.classOf(object)];
        return switch (p.by) {
            case "key" -> String.valueOf(object + 1).equals(p.value.trim());
            case "prefix" -> cls.pathPrefix != null && cls.pathPrefix.startsWith(p.value);
            default -> cls.tags != null && cls.tags.contains(p.value);
        };
    }

    private void prewarm(PrewarmSpec pw, double t) {
        int[] objects = warmSet(pw);
        boolean preload = "preloaded".equals(pw.mode);
        for (SimNode n : w.nodes) {
            if (n.kind != NodeKind.EDGE || n.down) {
                continue;
            }
            for (int o : objects) {
                long key = w.keyOf(o, 0);
                if (preload) {
                    preload(n, o, key, t);
                } else if (n.cache.find(key, false) < 0) {
                    Fetch f = flow.newFetch(n, key, o, false, 0);
                    f.warmup = true;
                    w.metrics.warmups++;
                    if (n.coalescing) {
                        n.inFlight.put(key, f);
                    }
                    flow.send(f, t);
                }
            }
        }
    }

    private void preload(SimNode n, int object, long key, double t) {
        ClassPolicy cp = w.catalog.policyOf(object);
        if (!cp.storable() || n.cache.find(key, false) >= 0) {
            return;
        }
        int slot = n.cache.insert(key, w.catalog.size(object));
        if (slot < 0) {
            return;
        }
        n.ensureSlots();
        int version = w.catalog.version(object, t);
        n.setCopy(slot, version, t, flow.freshUntil(n, cp, t));
    }

    private int[] warmSet(PrewarmSpec pw) {
        if (pw.contentClass != null) {
            int c = w.catalog.classIndex(pw.contentClass);
            return c < 0 ? new int[0] : w.catalog.members(c);
        }
        int n = (int) Math.min(pw.objects, w.catalog.shared);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
