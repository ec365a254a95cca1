package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * {@code --set PATH=VALUE}: changes any field of a scenario by its dotted JSON path, e.g.
 * {@code policy.ttlJitter=300s} or {@code topology.nodes[2].cache.capacity=20 GB}. The value is read as
 * JSON only when the whole of it is one JSON value (numbers, true/false, null, objects, lists, quoted
 * text); anything else is taken as text, exactly as if it had been written in quotes in the file, so
 * {@code 7.3 PB} reaches the size parser whole instead of as the number 7. The result is read and
 * validated like a file, so {@code --set PATH=VALUE} gives what editing the file gives.
 */
public final class ScenarioOverrides {

    private static final ObjectReader WHOLE_JSON =
            ScenarioIO.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScenarioOverrides() {}

    /**
     * Applies the assignments to a copy of the scenario.
     *
     * @throws ScenarioException listing what is wrong (a malformed assignment, a path into nothing, a
     *     value of the wrong form)
     */
    public static Scenario apply(Scenario scenario, List<String> assignments) {
        if (assignments == null || assignments.isEmpty()) {
            return scenario;
        }
        ObjectNode tree = ScenarioIO.mapper().valueToTree(scenario);
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException(
                        "--set " + a + ": expected PATH=VALUE, e.g. policy.ttlJitter=300s", List.of());
            }
            set(tree, a.substring(0, eq).trim(), a.substring(eq + 1));
        }
        LoadResult r = ScenarioIO.read(tree.toPrettyString(), "--set");
        // Lines of the generated text mean nothing to the person who typed --set: name the path only.
        List<Problem> unplaced =
                r.problems().stream().map(p -> p.at("--set", 0, 0)).toList();
        return new LoadResult(r.scenario(), unplaced).orThrow();
    }

    private static void set(ObjectNode root, String path, String rawValue) {
        String pointer = JsonPaths.pointer(path);
        if (pointer.isEmpty()) {
            throw noSuchPath(path, path);
        }
        // Keep empty steps ("[][]" is the pointer "//"): each is refused below, not silently dropped.
        String[] parts = pointer.substring(1).split("/", -1);
        if (Arrays.asList(parts).contains("")) {
            throw new ScenarioException(
                    "--set " + path + ": every step of a path names a field or a list index,"
                            + " e.g. topology.nodes[0].name",
                    List.of());
        }
        JsonNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = child(at, parts[i]);
            if (next == null || next.isNull()) {
                if (at instanceof ObjectNode) {
                    next = ((ObjectNode) at).putObject(parts[i]);
                } else {
                    throw noSuchPath(path, parts[i]);
                }
            }
            at = next;
        }
        JsonNode value = parseValue(rawValue);
        String last = parts[parts.length - 1];
        if (at instanceof ObjectNode) {
            ((ObjectNode) at).set(last, value);
        } else if (at instanceof ArrayNode && isIndex(last) && Integer.parseInt(last) < at.size()) {
            ((ArrayNode) at).set(Integer.parseInt(last), value);
        } else {
            throw noSuchPath(path, last);
        }
    }

    private static JsonNode child(JsonNode at, String part) {
        if (at.isArray()) {
            if (!isIndex(part)) {
                return null;
            }
            return at.get(Integer.parseInt(part));
        }
        return at.get(part);
    }

    /** A list index that fits an int (a fuzzed "99999999999" is no index). */
    private static boolean isIndex(String part) {
        return part.length() <= 9 && !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static ScenarioException noSuchPath(String path, String part) {
        return new ScenarioException(
                "--set " + path + ": there is no \"" + part + "\" at this place in the scenario"
                        + " (lists are indexed from 0, e.g. topology.nodes[0].name)",
                List.of());
    }

    /** The value as JSON when all of it is one JSON value, else as text (a unit form such as 20 GB). */
    static JsonNode parseValue(String raw) {
        try {
            // Without the trailing-token check Jackson stops after the first token: "7.3 PB" would be 7.3.
            JsonNode n = WHOLE_JSON.readTree(raw);
            if (n != null && !n.isMissingNode()) {
                return n;
            }
        } catch (JsonProcessingException e) {
            // Not one JSON value: a unit form such as 300s or 20 GB, taken as text.
        }
        return TextNode.valueOf(raw);
    }
}
