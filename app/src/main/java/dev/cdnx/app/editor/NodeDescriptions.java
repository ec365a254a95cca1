package dev.cdnx.app.editor;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NodeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a screen reader says about a node: "edge-london, edge cache, 2 GB, hit ratio 41 %, 1 problem".
 * The figures are the scenario's own settings and, while a run is live, its measured hit ratio (told by
 * {@link #setHitRatios}); nothing here is computed for show. One per editor ({@link EditorViewModel#descriptions()}).
 */
public final class NodeDescriptions {

    private final EditorViewModel vm;
    private ToDoubleFunction<NodeSpec> hitRatios = n -> Double.NaN;

    NodeDescriptions(EditorViewModel vm) {
        this.vm = vm;
    }

    /**
     * Where the live run's hit ratio of a node comes from (NaN when the node has none yet); set by the run
     * view while a run is shown.
     */
    public void setHitRatios(ToDoubleFunction<NodeSpec> source) {
        hitRatios = source == null ? n -> Double.NaN : source;
    }

    /** Hit ratios read from a live run's latest snapshot: NaN before it, and for nodes without requests yet. */
    public static ToDoubleFunction<NodeSpec> fromSnapshots(
            java.util.function.Supplier<dev.cdnx.model.engine.LiveSnapshot> latest) {
        return n -> {
            dev.cdnx.model.engine.LiveSnapshot s = latest.get();
            if (s == null || n.name == null) {
                return Double.NaN;
            }
            for (dev.cdnx.model.engine.LiveSnapshot.NodeGauge g : s.nodes()) {
                if (g.name().equals(n.name)) {
                    return g.requests() > 0 && n.kind != null && n.kind.caches() ? g.hitRatio() : Double.NaN;
                }
            }
            return Double.NaN;
        };
    }

    public String describe(NodeSpec n) {
        return describe(n, vm.problemsOf(n), hitRatios.applyAsDouble(n));
    }

    /** The description from a node, its problems and a hit ratio between 0 and 1 (NaN for none). */
    public static String describe(NodeSpec n, List<Problem> problems, double hitRatio) {
        List<String> parts = new ArrayList<>();
        parts.add(n.name == null ? "unnamed node" : n.name);
        if (n.kind == null) {
            parts.add("node of unknown kind");
        } else {
            switch (n.kind) {
                case USERS -> {
                    parts.add("users");
                    if (n.users != null && n.users.rate != null) {
                        parts.add(n.users.rate + " requests");
                    }
                }
                case EDGE, SHIELD -> {
                    parts.add(n.kind == dev.cdnx.model.scenario.NodeKind.EDGE ? "edge cache" : "shield cache");
                    if (n.cache != null && n.cache.capacity != null) {
                        parts.add(n.cache.capacity.toString());
                    }
                }
                case ORIGIN -> {
                    parts.add("origin");
                    if (n.origin != null && n.origin.capacity != null) {
                        parts.add("serves up to " + n.origin.capacity);
                    }
                }
                case STEERING -> parts.add("DNS steering");
                default -> parts.add(n.kind.label());
            }
        }
        if (n.provider != null) {
            parts.add("provider " + n.provider);
        }
        if (!Double.isNaN(hitRatio)) {
            parts.add("hit ratio " + Math.round(hitRatio * 100) + " %");
        }
        long errors = problems.stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR)
                .count();
        if (!problems.isEmpty()) {
            parts.add(problems.size()
                    + (problems.size() == 1 ? " problem" : " problems")
                    + (errors > 0 ? "" : " (warnings)"));
        }
        return String.join(", ", parts);
    }
}
