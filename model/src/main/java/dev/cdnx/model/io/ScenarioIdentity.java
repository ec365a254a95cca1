package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.cdnx.model.scenario.Scenario;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which scenario a run came from, for honest comparisons: its name and a hash of its content — the
 * topology (nodes, links, providers) and the workload (catalog, classes, tracking). The settings a person
 * varies between a baseline and a new run (policy, delivery model, pricing, faults, seed, duration) are
 * left out, so "same scenario, one setting changed" keeps its identity while another file, or a redrawn
 * topology, does not. The hash is the first 12 hex digits of SHA-256 over the content's JSON as this build
 * writes it.
 */
public record ScenarioIdentity(String name, String hash) {

    public static ScenarioIdentity of(Scenario s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("topology", s.topology);
        content.put("workload", s.workload);
        try {
            byte[] json = ScenarioIO.mapper().writeValueAsBytes(content);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new ScenarioIdentity(s.name, HexFormat.of().formatHex(digest).substring(0, 12));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the scenario " + s.name, e);
        }
    }

    /** Same content (names may differ: a renamed copy of a file is the same scenario). */
    public boolean sameContent(ScenarioIdentity other) {
        return other != null && hash.equals(other.hash);
    }

    /** "Name (hash)", e.g. {@code Viral object behind a shield (3f9a0c51d2e4)}. */
    @Override
    public String toString() {
        return name + " (" + hash + ")";
    }
}
