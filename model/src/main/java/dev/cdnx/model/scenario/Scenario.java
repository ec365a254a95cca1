package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cdnx.model.units.SimDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run needs, as one JSON document: topology, workload, caching policy, delivery model,
 * pricing, a fault timeline, the simulated duration and the seed. Fields are public and mutable
 * because this is the file's shape; the editor changes them only through commands on a
 * {@link ScenarioDocument}, which tells listeners. Missing blocks take the documented defaults.
 */
@JsonPropertyOrder({
    "formatVersion",
    "name",
    "description",
    "seed",
    "duration",
    "topology",
    "workload",
    "policy",
    "delivery",
    "pricing",
    "volumes",
    "faults",
    "purges",
    "decisions",
    "regions",
    "notes"
})
public final class Scenario {

    /** The version this build writes. Files with a lower version are read and upgraded. */
    public static final int CURRENT_FORMAT_VERSION = 1;

    public int formatVersion = CURRENT_FORMAT_VERSION;
    public String name = "Untitled";
    public String description;
    /** Seeds every random draw of a run: same file, same seed, same result. */
    public long seed = 1;
    /** Simulated time a run covers. */
    public SimDuration duration = SimDuration.ofSeconds(600);

    public TopologySpec topology = new TopologySpec();
    public WorkloadSpec workload = new WorkloadSpec();
    public PolicySpec policy = new PolicySpec();
    public DeliverySpec delivery = new DeliverySpec();
    public PricingSpec pricing = new PricingSpec();
    /** Monthly volumes typed by hand for back-of-the-envelope cost; null when only measured volumes are used. */
    public VolumesSpec volumes;

    public List<FaultSpec> faults = new ArrayList<>();
    public List<PurgeSpec> purges = new ArrayList<>();
    /** The person's overrides of derived decision-tree answers and goals. */
    public DecisionInputsSpec decisions;
    /** Labelled rectangles drawn around parts of the topology; for people only (the engine ignores them). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<RegionSpec> regions = new ArrayList<>();
    /** Free-text notes on the canvas; for people only (the engine ignores them). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<NoteSpec> notes = new ArrayList<>();

    /** The node with this name, or null. */
    public NodeSpec node(String nodeName) {
        return topology.node(nodeName);
    }
}
