package dev.cdnx.app.editor.properties;

import static dev.cdnx.app.editor.properties.Parse.str;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.FaultAction;
import dev.cdnx.model.scenario.FaultSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Bandwidth;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Scenario-level settings shown when nothing is selected: workload, policy, delivery, pricing, faults. */
public final class SettingsFields {

    /**
     * The one rule for the delivery model, said the same by the toolbar's switch, this sheet and the user
     * guide: it is part of the scenario, not a view of the run.
     */
    public static final String DELIVERY_MODEL_RULE = "The model is part of the scenario: switching it is an edit "
            + "(saved with the file, undone with Edit › Undo), and the live run restarts from t = 0 on the same seed.";

    private static final Predicate<Scenario> ANY = s -> true;

    public static final List<Field<Scenario>> ALL = List.of(
            Field.text(
                    "Scenario",
                    "Name",
                    "The scenario's title, shown in reports and the window title.",
                    ANY,
                    s -> s.name,
                    (s, v) -> s.name = v.trim()),
            Field.text(
                    "Scenario",
                    "Description",
                    "One or two sentences on what the scenario shows.",
                    ANY,
                    s -> str(s.description),
                    (s, v) -> s.description = Parse.blankToNull(v)),
            Field.text(
                    "Scenario",
                    "Seed",
                    "Seeds every random draw: the same file and seed give the same run.",
                    ANY,
                    s -> str(s.seed),
                    (s, v) -> s.seed = Parse.longCount(v, Long.MIN_VALUE, "seed")),
            Field.text(
                    "Scenario",
                    "Duration",
                    "Simulated time a run covers, like \"10m\" or \"2h\".",
                    ANY,
                    s -> str(s.duration),
                    (s, v) -> s.duration = SimDuration.parse(v)),
            Field.text(
                    "Scenario",
                    "Path stretch",
                    "How much longer fibre routes are than the great circle; a "
                            + "derived RTT is 2 × distance ÷ 200 km/ms × this (1.0 straight, ~1.5 real).",
                    ANY,
                    s -> str(s.topology.pathStretch),
                    (s, v) -> s.topology.pathStretch = Parse.number(v, 1, 10, "path stretch")),
            Field.text(
                    "Workload",
                    "Objects",
                    "How many distinct objects the catalog holds.",
                    ANY,
                    s -> str(s.workload.objects),
                    (s, v) -> s.workload.objects = Parse.longCount(v, 1, "objects")),
            Field.text(
                    "Workload",
                    "Zipf alpha",
                    "Popularity skew: 0 is uniform, 0.8–1.0 typical web traffic; "
                            + "higher means a hotter head and higher hit ratios.",
                    ANY,
                    s -> str(s.workload.alpha),
                    (s, v) -> s.workload.alpha = Parse.number(v, 0, 5, "alpha")),
            Field.bool(
                    "Workload",
                    "Tracking parameters",
                    "Requests carry utm_* style query strings that "
                            + "fragment the cache key unless the policy drops them.",
                    ANY,
                    s -> str(s.workload.tracking.enabled),
                    (s, v) -> s.workload.tracking.enabled = Parse.bool(v)),
            Field.text(
                    "Policy",
                    "TTL",
                    "Edge TTL rule overriding the headers' freshness, like \"1h\". Empty: " + "follow Cache-Control.",
                    ANY,
                    s -> str(s.policy.ttl),
                    (s, v) -> s.policy.ttl = Parse.durationOrNull(v)),
            Field.text(
                    "Policy",
                    "TTL jitter",
                    "± random spread per insertion, like \"300s\": spreads "
                            + "revalidations so the origin is not hit all at once.",
                    ANY,
                    s -> str(s.policy.ttlJitter),
                    (s, v) -> s.policy.ttlJitter = v.isBlank() ? SimDuration.ZERO : SimDuration.parse(v)),
            Field.text(
                    "Policy",
                    "Stale-while-revalidate",
                    "Serve a stale copy while refreshing in the "
                            + "background for this long (RFC 5861). Empty: the headers decide.",
                    ANY,
                    s -> str(s.policy.staleWhileRevalidate),
                    (s, v) -> s.policy.staleWhileRevalidate = Parse.durationOrNull(v)),
            Field.text(
                    "Policy",
                    "Stale-if-error",
                    "Serve a stale copy for this long when the parent fails. " + "Empty: the headers decide.",
                    ANY,
                    s -> str(s.policy.staleIfError),
                    (s, v) -> s.policy.staleIfError = Parse.durationOrNull(v)),
            Field.bool(
                    "Policy",
                    "Coalescing",
                    "Concurrent misses for one key at one node wait for a single "
                            + "upstream fetch (collapsed forwarding).",
                    ANY,
                    s -> str(s.policy.coalescing),
                    (s, v) -> s.policy.coalescing = Parse.bool(v)),
            Field.bool(
                    "Policy",
                    "Drop tracking params",
                    "Normalise the cache key by removing utm_*, gclid, "
                            + "fbclid: restores the hit ratio that tracking parameters fragment.",
                    ANY,
                    s -> str(s.policy.cacheKey.dropTrackingParams),
                    (s, v) -> s.policy.cacheKey.dropTrackingParams = Parse.bool(v)),
            Field.choice(
                    "Delivery",
                    "Model",
                    "Pull fills caches on demand; push places objects ahead of "
                            + "demand; hybrid pushes the hot head to shields and pulls the tail. "
                            + DELIVERY_MODEL_RULE,
                    ANY,
                    s -> s.delivery.model.id(),
                    (s, v) -> s.delivery.model = DeliveryModel.fromId(v),
                    List.of("pull", "push", "hybrid")),
            Field.choice(
                    "Delivery",
                    "Push targets",
                    "Where a push places copies: every edge, or the shields " + "only (fewer copies, one more hop).",
                    ANY,
                    s -> s.delivery.push.targets,
                    (s, v) -> s.delivery.push.targets = v,
                    List.of("edges", "shields")),
            Field.text(
                    "Delivery",
                    "Push bandwidth",
                    "Bandwidth per target of the publish job, like \"1 Gbps\".",
                    ANY,
                    s -> str(s.delivery.push.bandwidth),
                    (s, v) -> s.delivery.push.bandwidth = Bandwidth.parse(v)),
            Field.text(
                    "Delivery",
                    "Hybrid head objects",
                    "How many of the most requested objects a hybrid " + "delivery pushes to the shields.",
                    ANY,
                    s -> str(s.delivery.hybrid.headObjects),
                    (s, v) ->
                            s.delivery.hybrid.headObjects = v.isBlank() ? null : Parse.longCount(v, 1, "head objects")),
            Field.bool(
                    "Delivery",
                    "Pre-warm",
                    "Before a launch, request the hot objects at each location so " + "the first users hit.",
                    ANY,
                    s -> str(s.delivery.prewarm.enabled),
                    (s, v) -> s.delivery.prewarm.enabled = Parse.bool(v)),
            Field.text(
                    "Pricing",
                    "Price sheet",
                    "The price sheet the cost model uses: a bare name such as "
                            + "\"illustrative\" or a path relative to the scenario file.",
                    ANY,
                    s -> s.pricing.sheet,
                    (s, v) -> s.pricing.sheet = v.trim()),
            Field.text(
                    "Pricing",
                    "Log sampling",
                    "Fraction of requests logged (0–1); logs are priced per GB " + "or per million requests.",
                    ANY,
                    s -> str(s.pricing.logSampling),
                    (s, v) -> s.pricing.logSampling = Parse.number(v, 0, 1, "log sampling")),
            Field.text(
                    "Pricing",
                    "Launches per month",
                    "How many times a month the run's launch and its first "
                            + "publish happen; a measured bill counts them that often and scales steady traffic to 30 days.",
                    ANY,
                    s -> str(s.pricing.launches()),
                    (s, v) -> s.pricing.launchesPerMonth = Parse.number(v, 0, 10_000, "launches per month")),
            Field.text(
                    "Faults",
                    "Fault timeline",
                    "When nodes or providers go down and come back, like "
                            + "\"5m edge-tokyo down; 8m edge-tokyo up\".",
                    ANY,
                    s -> faultsText(s.faults),
                    (s, v) -> s.faults = parseFaults(v)));

    private SettingsFields() {}

    static String faultsText(List<FaultSpec> faults) {
        StringBuilder sb = new StringBuilder();
        for (FaultSpec f : faults) {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(f.at)
                    .append(' ')
                    .append(f.target)
                    .append(' ')
                    .append(f.action);
        }
        return sb.toString();
    }

    static List<FaultSpec> parseFaults(String text) {
        List<FaultSpec> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] w = part.trim().split("\\s+");
            if (w.length != 3 || FaultAction.fromWord(w[2]) == null) {
                throw new IllegalArgumentException("write each fault as TIME TARGET down|up, separated by ';', "
                        + "like \"5m edge-tokyo down\"; got \"" + part.trim() + "\"");
            }
            out.add(new FaultSpec(SimDuration.parse(w[0]), w[1], w[2]));
        }
        return out;
    }
}
