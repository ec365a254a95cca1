package dev.cdnx.model.validation;

import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.ProviderSpec;
import dev.cdnx.model.scenario.Scenario;
import java.util.List;
import java.util.Map;

/**
 * Values that read cleanly but make no sense to run: a pricing region no sheet knows, a log sampling
 * outside 0..1 (a negative one gave a negative bill), steering weights that are negative or all zero (no
 * provider could be chosen), providers without names.
 */
final class InputRules {

    /** The pricing regions of the price sheets, as {@code NodeSpec.region} documents them. */
    static final List<String> REGIONS = List.of("na", "eu", "apac", "sa", "oc", "me", "af");

    private final Scenario s;
    private final List<Problem> out;

    InputRules(Scenario s, List<Problem> out) {
        this.s = s;
        this.out = out;
    }

    void check() {
        checkNodes();
        for (int i = 0; i < s.topology.providers.size(); i++) {
            ProviderSpec p = s.topology.providers.get(i);
            if (p.name == null || p.name.isBlank()) {
                out.add(Problem.error(
                        "topology.providers[" + i + "].name",
                        "a CDN provider without a name",
                        "give it a short unique name such as \"cdn-a\""));
            }
        }
        if (s.pricing != null && !(s.pricing.logSampling >= 0 && s.pricing.logSampling <= 1)) {
            out.add(Problem.error(
                    "pricing.logSampling",
                    "log sampling is the share of requests logged, between 0 and 1 (it is " + s.pricing.logSampling
                            + ")",
                    "write 1 to log every request, 0.01 for one in a hundred, 0 for none"));
        }
    }

    private void checkNodes() {
        for (int i = 0; i < s.topology.nodes.size(); i++) {
            NodeSpec n = s.topology.nodes.get(i);
            String path = "topology.nodes[" + i + "]";
            if (n.region != null && !REGIONS.contains(n.region)) {
                out.add(Problem.error(
                        path + ".region",
                        "unknown pricing region \"" + n.region + "\"",
                        ScenarioValidator.unknownFix(n.region, REGIONS, "region")
                                + " (or remove it to derive the region from lat/lon)"));
            }
            if (n.steering != null && n.steering.weights != null) {
                checkWeights(n.steering.weights, path + ".steering.weights");
            }
        }
    }

    private void checkWeights(Map<String, Double> weights, String path) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = e.getValue() == null ? 0 : e.getValue();
            if (!(w >= 0) || Double.isInfinite(w)) {
                out.add(Problem.error(
                        path + "." + e.getKey(),
                        "a steering weight must be zero or more (it is " + w + ")",
                        "write a share such as 1 or 0.5; 0 sends this provider nothing"));
                return;
            }
            sum += w;
        }
        if (!weights.isEmpty() && sum == 0) {
            out.add(Problem.error(
                    path,
                    "every steering weight is zero, so no provider can be chosen",
                    "give at least one provider a weight above zero"));
        }
    }
}
