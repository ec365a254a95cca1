package dev.cdnx.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.problem.Problem;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a file said that the scenario could not hold: unknown or misspelt fields, values that could not be
 * read ({@code "capacity": "40 GBs"}, {@code "ttl": "soon"}), nulls and fields of a newer format version.
 * Each is kept as written, with the object it belongs to, and written back on save, so opening a file
 * with mistakes and saving it loses nothing.
 *
 * <p>A value stops being carried once the person sets that field (its value differs from what loading
 * left there) or removes the object it belongs to. The owner is found by identity; when an edit replaced
 * it with a copy (settings edits do, and undo restores a node's blocks from snapshots), by its place below
 * the nearest object above it that is still there (the scenario, or the node), but never across a list
 * index, where places move.
 */
public final class CarriedFields {

    /** One value as written: where it sat, the object and field it belongs to, and what loading left. */
    private record Entry(
            Object owner,
            String ownerPointer,
            List<Anchor> anchors,
            String field,
            JsonNode raw,
            JsonNode loaded,
            boolean known,
            List<Problem> problems) {}

    /** A scenario object above an owner and where it sat: the owner is found below it if replaced. */
    private record Anchor(Object object, String pointer) {}

    private static final CarriedFields NONE = new CarriedFields(List.of());

    private final List<Entry> entries;

    private CarriedFields(List<Entry> entries) {
        this.entries = entries;
    }

    static CarriedFields none() {
        return NONE;
    }

    /**
     * Collects the values at {@code pointers} of the file's tree that the bound {@code scenario} does not
     * hold as written; {@code problems} are in step with {@code pointers} (the problem of each value).
     */
    static CarriedFields capture(
            Object scenario, JsonNode tree, List<String> pointers, List<Problem> problems, ObjectMapper mapper) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < pointers.size(); i++) {
            Entry e = entryFor(scenario, tree, pointers.get(i), mapper);
            if (e == null) {
                continue;
            }
            Entry same = out.stream()
                    .filter(x -> x.owner == e.owner && x.field.equals(e.field))
                    .findFirst()
                    .orElse(null);
            Entry target = same != null ? same : e;
            if (same == null) {
                out.add(e);
            }
            if (i < problems.size()) {
                target.problems.add(problems.get(i));
            }
        }
        return out.isEmpty() ? NONE : new CarriedFields(List.copyOf(out));
    }

    private static Entry entryFor(Object root, JsonNode tree, String pointer, ObjectMapper mapper) {
        List<String> segments = ScenarioGraph.segments(pointer);
        if (segments.isEmpty()) {
            return null;
        }
        // Walk down while the objects exist; the first missing step is the field to carry.
        Object owner = root;
        String ownerPointer = "";
        List<Anchor> anchors = new ArrayList<>();
        int k = 0;
        for (; k < segments.size() - 1; k++) {
            Object next = ScenarioGraph.child(owner, segments.get(k));
            if (next == null || !(ScenarioGraph.isSpec(next) || next instanceof List || next instanceof Map)) {
                break;
            }
            if (ScenarioGraph.isSpec(owner)) {
                anchors.add(new Anchor(owner, ownerPointer));
            }
            owner = next;
            ownerPointer += "/" + ScenarioGraph.escape(segments.get(k));
        }
        String field = segments.get(k);
        // A list or map entry is carried as the whole list or map, held by the spec above it.
        while (!ScenarioGraph.isSpec(owner) && !ownerPointer.isEmpty()) {
            int cut = ownerPointer.lastIndexOf('/');
            field = ScenarioGraph.unescape(ownerPointer.substring(cut + 1));
            ownerPointer = ownerPointer.substring(0, cut);
            owner = resolve(root, ownerPointer);
        }
        if (!ScenarioGraph.isSpec(owner)) {
            return null;
        }
        JsonNode raw = tree.at(ownerPointer + "/" + ScenarioGraph.escape(field));
        if (raw.isMissingNode()) {
            return null;
        }
        Field f = ScenarioGraph.field(owner, field);
        String at = ownerPointer;
        List<Anchor> above = anchors.stream()
                .filter(a -> a.pointer.length() < at.length() && at.startsWith(a.pointer + "/"))
                .toList();
        return new Entry(
                owner,
                ownerPointer,
                above,
                field,
                raw.deepCopy(),
                valueOf(owner, f, mapper),
                f != null,
                new ArrayList<>());
    }

    private static Object resolve(Object root, String pointer) {
        Object o = root;
        for (String s : ScenarioGraph.segments(pointer)) {
            o = ScenarioGraph.child(o, s);
            if (o == null) {
                return null;
            }
        }
        return o;
    }

    private static JsonNode valueOf(Object owner, Field f, ObjectMapper mapper) {
        if (f == null) {
            return null;
        }
        try {
            return mapper.valueToTree(f.get(owner));
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** How many values are carried. */
    public int size() {
        return entries.size();
    }

    /**
     * The text as written of a field that could not be read, while the person has not changed it; null
     * otherwise. {@code pointer} is the field's JSON pointer in {@code scenario} as it is now.
     */
    public String rawText(Object scenario, String pointer, ObjectMapper mapper) {
        Map<Object, String> places = ScenarioGraph.pointers(scenario);
        for (Entry e : entries) {
            String at = placeOf(e, scenario, places);
            if (at != null
                    && pointer.equals(at + "/" + ScenarioGraph.escape(e.field))
                    && unchanged(e, scenario, at, mapper)) {
                return e.raw.isTextual() ? e.raw.asText() : e.raw.toString();
            }
        }
        return null;
    }

    /**
     * The problems of the values still carried, at their places now (line and column only while the
     * place has not moved), so a list of problems shown after edits agrees with the one shown on opening.
     */
    public List<Problem> problems(Object scenario, ObjectMapper mapper) {
        List<Problem> out = new ArrayList<>();
        Map<Object, String> places = ScenarioGraph.pointers(scenario);
        for (Entry e : entries) {
            String at = placeOf(e, scenario, places);
            if (at == null || !unchanged(e, scenario, at, mapper)) {
                continue;
            }
            boolean moved = !at.equals(e.ownerPointer);
            for (Problem p : e.problems) {
                String path = moved
                        ? JsonPaths.dotted(com.fasterxml.jackson.core.JsonPointer.compile(
                                at + "/" + ScenarioGraph.escape(e.field)))
                        : p.path();
                out.add(new Problem(
                        p.severity(),
                        p.file(),
                        moved ? 0 : p.line(),
                        moved ? 0 : p.column(),
                        path,
                        p.message(),
                        p.fix(),
                        p.nodeName()));
            }
        }
        return out;
    }

    /** Puts every value still carried into {@code written}, the file form of {@code scenario}. */
    void writeInto(Object scenario, ObjectNode written, ObjectMapper mapper) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Object, String> places = ScenarioGraph.pointers(scenario);
        for (Entry e : entries) {
            String at = placeOf(e, scenario, places);
            if (at == null || !unchanged(e, scenario, at, mapper)) {
                continue;
            }
            JsonNode target = written.at(at);
            if (target instanceof ObjectNode obj) {
                obj.set(e.field, e.raw.deepCopy());
            }
        }
    }

    private static String placeOf(Entry e, Object scenario, Map<Object, String> places) {
        String at = places.get(e.owner);
        if (at != null) {
            return at;
        }
        for (int i = e.anchors.size() - 1; i >= 0; i--) {
            Anchor a = e.anchors.get(i);
            String base = places.get(a.object);
            if (base == null) {
                continue;
            }
            String below = e.ownerPointer.substring(a.pointer.length());
            if (ScenarioGraph.segments(below).stream().anyMatch(s -> s.matches("\\d+"))) {
                return null;
            }
            Object now = resolve(scenario, base + below);
            return now != null && now.getClass() == e.owner.getClass() ? base + below : null;
        }
        return null;
    }

    private static boolean unchanged(Entry e, Object scenario, String at, ObjectMapper mapper) {
        if (!e.known) {
            return true;
        }
        Object owner = resolve(scenario, at);
        if (owner == null) {
            return false;
        }
        return Objects.equals(valueOf(owner, ScenarioGraph.field(owner, e.field), mapper), e.loaded);
    }
}
