package dev.cdnx.app.panels.compare;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Price;
import dev.cdnx.model.units.SimDuration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters a sweep can vary, each with a default range and the {@code --set} assignments
 * (SPEC paths, as {@code cdnx sweep} takes them) that put one value into a scenario: one path for most,
 * several for the capacity of every cache, the hybrid head and the shields.
 * {@link #ORIGIN_PRICE} changes no traffic: one run is priced at each value.
 */
public enum SweepParameter {
    TTL("TTL (s)", "policy.ttl", 60, 3600, 5),
    TTL_JITTER("TTL jitter ± (s)", "policy.ttlJitter", 0, 600, 5),
    CACHE_CAPACITY("Cache capacity, every edge and shield (GB)", null, 1, 50, 5),
    HEAD_SIZE("Hybrid head size (top K objects)", null, 10, 10000, 4),
    SHIELD("Shields on / off", null, 1, 0, 2),
    ALPHA("Zipf α (skew)", "workload.alpha", 0.6, 1.2, 4),
    ORIGIN_PRICE("Origin egress price ($/GB)", null, 0.02, 0.10, 5);

    private final String label;
    private final String path;
    private final double from;
    private final double to;
    private final int steps;

    SweepParameter(String label, String path, double from, double to, int steps) {
        this.label = label;
        this.path = path;
        this.from = from;
        this.to = to;
        this.steps = steps;
    }

    @Override
    public String toString() {
        return label;
    }

    public double defaultFrom() {
        return from;
    }

    public double defaultTo() {
        return to;
    }

    public int defaultSteps() {
        return steps;
    }

    /** {@code steps} values evenly from {@code a} to {@code b}, times and counts whole (shields: on, off). */
    public List<Double> values(double a, double b, int n) {
        List<Double> out = new ArrayList<>();
        if (this == SHIELD) {
            return List.of(1.0, 0.0);
        }
        int count = Math.max(1, n);
        for (int i = 0; i < count; i++) {
            double v = count == 1 ? a : a + (b - a) * i / (count - 1);
            // Counts and times in whole units: a TTL of 157.5 s would be written "157500ms".
            boolean whole = this == HEAD_SIZE || this == TTL || this == TTL_JITTER;
            out.add(whole ? (double) Math.round(v) : Math.round(v * 10_000) / 10_000.0);
        }
        return out;
    }

    /**
     * The value in the file's written form, made by the model's formatter of its unit ({@code "300s"},
     * {@code "1 GB"}, {@code "$0.05/GB"}), so the unit's one parser reads it back as the value; the CSV
     * and the chart show the same text.
     */
    public String text(double v) {
        return switch (this) {
            case TTL, TTL_JITTER -> SimDuration.ofSeconds(v).toString();
            case CACHE_CAPACITY -> DataSize.ofGigabytes(v).toString();
            case HEAD_SIZE -> String.valueOf((long) v);
            case SHIELD -> v >= 0.5 ? "on" : "off";
            case ORIGIN_PRICE -> new Price("$", BigDecimal.valueOf(v).stripTrailingZeros(), "GB").toString();
            default -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        };
    }

    /** The assignments that put value {@code v} into {@code s}; empty for the price (traffic unchanged). */
    public List<String> assignments(Scenario s, double v) {
        List<String> out = new ArrayList<>();
        switch (this) {
            case CACHE_CAPACITY -> {
                for (int i = 0; i < s.topology.nodes.size(); i++) {
                    NodeKind k = s.topology.nodes.get(i).kind;
                    if (k == NodeKind.EDGE || k == NodeKind.SHIELD) {
                        out.add("topology.nodes[" + i + "].cache.capacity=" + text(v));
                    }
                }
            }
            case HEAD_SIZE -> {
                out.add("delivery.model=hybrid");
                out.add("delivery.hybrid.contentClass=null");
                out.add("delivery.hybrid.headObjects=" + text(v));
            }
            case SHIELD -> out.add("faults=" + shieldFaults(s, v >= 0.5));
            case ORIGIN_PRICE -> {}
            default -> out.add(path + "=" + text(v));
        }
        return out;
    }

    private static String shieldFaults(Scenario s, boolean on) {
        List<FaultSpec> faults = new ArrayList<>(s.faults);
        if (!on) {
            s.topology.nodes.stream()
                    .filter(n -> n.kind == NodeKind.SHIELD)
                    .forEach(n -> faults.add(new FaultSpec(SimDuration.ZERO, n.name, FaultAction.DOWN)));
        }
        try {
            return ScenarioIO.mapper().writeValueAsString(faults);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
