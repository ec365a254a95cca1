package dev.cdnx.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The drawing: nodes, links and CDN providers. */
@JsonPropertyOrder({"pathStretch", "anycastFailover", "providers", "nodes", "links"})
public final class TopologySpec {

    /**
     * How much longer real fibre paths are than the great circle; a derived RTT is
     * 2 × distance / (200 km per ms) × this factor.
     */
    public double pathStretch = 1.5;
    /**
     * Anycast failover: when every edge a users node links to is down, its provider's nearest healthy edge
     * answers instead (absent or true). False models a single-PoP design: those users fail until an edge of
     * theirs is back.
     */
    public Boolean anycastFailover;

    public List<ProviderSpec> providers = new ArrayList<>();
    public List<NodeSpec> nodes = new ArrayList<>();
    public List<LinkSpec> links = new ArrayList<>();

    /** The node with this name, or null. */
    public NodeSpec node(String name) {
        for (NodeSpec n : nodes) {
            if (n.name != null && n.name.equals(name)) {
                return n;
            }
        }
        return null;
    }
}
