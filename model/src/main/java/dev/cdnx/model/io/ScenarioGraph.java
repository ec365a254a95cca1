package dev.cdnx.model.io;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reflective access to a scenario's object tree (the public fields of the classes in
 * {@code dev.cdnx.model.scenario}, their lists and maps), so the loader can find the object behind a JSON
 * pointer and the writer can find where an object now sits. Field names are the file's names: the
 * scenario classes bind fields by name.
 */
final class ScenarioGraph {

    private static final String PACKAGE = "dev.cdnx.model.scenario.";

    private ScenarioGraph() {}

    /** Whether {@code o} is one of the scenario's own objects (a section, a node, a class…). */
    static boolean isSpec(Object o) {
        return o != null && !o.getClass().isEnum() && o.getClass().getName().startsWith(PACKAGE);
    }

    /** The public instance fields of a scenario class, in declaration order. */
    static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Field f : type.getFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                out.add(f);
            }
        }
        return out;
    }

    static Field field(Object owner, String name) {
        if (!isSpec(owner)) {
            return null;
        }
        try {
            Field f = owner.getClass().getField(name);
            return Modifier.isStatic(f.getModifiers()) ? null : f;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The child of a spec (by field name), a list (by index) or a map (by key); null when there is none. */
    static Object child(Object parent, String segment) {
        try {
            if (parent instanceof List<?> list) {
                int i = Integer.parseInt(segment);
                return i >= 0 && i < list.size() ? list.get(i) : null;
            }
            if (parent instanceof Map<?, ?> map) {
                return map.get(segment);
            }
            Field f = field(parent, segment);
            return f == null ? null : f.get(parent);
        } catch (NumberFormatException | IllegalAccessException e) {
            return null;
        }
    }

    /** Every spec object, list and map under {@code root} with its JSON pointer now. */
    static Map<Object, String> pointers(Object root) {
        IdentityHashMap<Object, String> out = new IdentityHashMap<>();
        collect(root, "", out);
        return out;
    }

    private static void collect(Object o, String pointer, Map<Object, String> out) {
        if (o == null || out.containsKey(o)) {
            return;
        }
        if (o instanceof List<?> list) {
            out.put(o, pointer);
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), pointer + "/" + i, out);
            }
        } else if (o instanceof Map<?, ?> map) {
            out.put(o, pointer);
            map.forEach((k, v) -> collect(v, pointer + "/" + escape(String.valueOf(k)), out));
        } else if (isSpec(o)) {
            out.put(o, pointer);
            for (Field f : fields(o.getClass())) {
                try {
                    collect(f.get(o), pointer + "/" + escape(f.getName()), out);
                } catch (IllegalAccessException e) {
                    // public fields of public classes are always readable
                }
            }
        }
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** The segments of a JSON pointer, unescaped; "" gives none. */
    static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        int start = 1;
        for (int i = 1; i <= pointer.length(); i++) {
            if (i == pointer.length() || pointer.charAt(i) == '/') {
                out.add(unescape(pointer.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }
}
