package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --set PATH=VALUE} gives exactly what writing {@code "VALUE"} at PATH in the file gives. Each kind
 * of text field (each path shape, indices ignored, e.g. a node's cache capacity) is tried once, in the
 * smallest sample that has it: it is set both ways to its own value written with a space after the number
 * ({@code "2 GB"}, {@code "300 s"}, {@code "2 k/s"}), the form that used to be cut off at the space. (Trying
 * every shape in every sample read the large samples a hundred times over for the same fields.)
 */
class OverridesMatchFileEditsTest {

    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)([A-Za-z/].*)");

    /** One field to try: where it is, in which sample, and its text there. */
    record Field(Path sample, String path, String value) {
        @Override
        public String toString() {
            return sample.getFileName() + " " + path;
        }
    }

    static List<Field> fields() throws IOException {
        List<Path> bySize = new ArrayList<>(SamplesTest.samples().toList());
        bySize.sort(Comparator.comparingLong(OverridesMatchFileEditsTest::size).thenComparing(Path::toString));
        List<String> shapes = new ArrayList<>();
        List<Field> out = new ArrayList<>();
        for (Path sample : bySize) {
            Map<String, String> leaves = new LinkedHashMap<>();
            collect(raw(sample), "", leaves, shapes);
            leaves.forEach((path, value) -> out.add(new Field(sample, path, value)));
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode raw(Path sample) throws IOException {
        return (ObjectNode) ScenarioIO.mapper().readTree(Files.readString(sample));
    }

    @Test
    void theFieldsTriedIncludeNumbersWithUnits() throws IOException {
        long spaced = fields().stream()
                .filter(f -> !withSpaceAfterNumber(f.value()).equals(f.value()))
                .count();
        assertTrue(spaced >= 10, "only " + spaced + " fields with a unit to try");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void setGivesWhatTheFileEditGives(Field f) throws IOException {
        String text = Files.readString(f.sample());
        ObjectNode raw = (ObjectNode) ScenarioIO.mapper().readTree(text);
        Scenario base = ScenarioIO.read(text, f.sample().toString()).orThrow();
        String value = withSpaceAfterNumber(f.value());
        ObjectNode edited = raw.deepCopy();
        replace(edited, f.path(), value);
        Scenario fromFile = ScenarioIO.read(edited.toPrettyString(), "edited").orThrow();
        String typed = asTyped(value);
        Scenario fromSet = ScenarioOverrides.apply(base, List.of(f.path() + "=" + typed));
        assertTrue(
                tree(fromFile).equals(tree(fromSet)),
                f.sample().getFileName() + ": --set " + f.path() + "=" + typed + " differs from writing \"" + value
                        + "\" in the file");
    }

    /** The first text leaf of each path shape (indices ignored) not in {@code shapes}, by dotted path. */
    private static void collect(JsonNode node, String path, Map<String, String> out, List<String> shapes) {
        if (node.isTextual()) {
            String shape = path.replaceAll("\\[\\d+]", "[]");
            if (!shapes.contains(shape)) {
                shapes.add(shape);
                out.put(path, node.asText());
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out, shapes);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out, shapes);
            }
        }
    }

    private static String withSpaceAfterNumber(String v) {
        Matcher m = NUMBER_THEN_UNIT.matcher(v);
        return m.matches() ? m.group(1) + " " + m.group(2) : v;
    }

    /** What a person types on the command line for a text value: as is, quoted only when it is itself JSON. */
    private static String asTyped(String value) throws IOException {
        try {
            ScenarioIO.mapper()
                    .reader()
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(value);
            return ScenarioIO.mapper().writeValueAsString(value);
        } catch (JsonProcessingException notJson) {
            return value;
        }
    }

    private static void replace(ObjectNode root, String dotted, String value) {
        String[] parts = JsonPaths.pointer(dotted).substring(1).split("/");
        JsonNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.isArray() ? at.get(Integer.parseInt(parts[i])) : at.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (at.isArray()) {
            ((ArrayNode) at).set(Integer.parseInt(last), TextNode.valueOf(value));
        } else {
            ((ObjectNode) at).set(last, TextNode.valueOf(value));
        }
        assertFalse(root.isMissingNode());
    }

    private static JsonNode tree(Scenario s) {
        return ScenarioIO.mapper().valueToTree(s);
    }
}
