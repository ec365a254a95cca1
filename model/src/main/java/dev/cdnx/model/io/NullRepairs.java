package dev.cdnx.model.io;

import dev.cdnx.model.problem.Problem;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a {@code null} where a list, a map or a section belongs ({@code "faults": null}, {@code "nodes":
 * [null]}, a node written as {@code 1}), reports each as a located problem, and puts the default back so
 * the rules that follow never meet a null. Each problem is added with its JSON pointer, in step, so the
 * value as written can be carried back to the file ({@link CarriedFields}).
 */
final class NullRepairs {

    private static final Map<Class<?>, Object> DEFAULTS = new ConcurrentHashMap<>();

    private final List<Problem> problems;
    private final List<String> pointers;

    private NullRepairs(List<Problem> problems, List<String> pointers) {
        this.problems = problems;
        this.pointers = pointers;
    }

    static void repair(Object root, List<Problem> problems, List<String> pointers) {
        new NullRepairs(problems, pointers).walk(root, "");
    }

    private void walk(Object o, String pointer) {
        if (o instanceof List<?> list) {
            walkList(list, pointer);
        } else if (o instanceof Map<?, ?> map) {
            walkMap(map, pointer);
        } else if (ScenarioGraph.isSpec(o)) {
            walkSpec(o, pointer);
        }
    }

    private void walkSpec(Object o, String pointer) {
        Object defaults = defaults(o.getClass());
        if (!o.getClass().isInstance(defaults)) {
            defaults = null;
        }
        for (Field f : ScenarioGraph.fields(o.getClass())) {
            String at = pointer + "/" + ScenarioGraph.escape(f.getName());
            try {
                Object value = f.get(o);
                Object fallback = defaults == null ? null : f.get(defaults);
                if (value == null && fallback != null && isContainer(fallback)) {
                    boolean list = fallback instanceof List;
                    report(
                            at,
                            "null where " + (list ? "a list [ … ]" : "an object { … }") + " belongs",
                            list
                                    ? "write [ ] for none, or remove the field"
                                    : "write { } for the defaults, or remove the field");
                    f.set(o, f.get(freshDefaults(o.getClass())));
                } else {
                    walk(value, at);
                }
            } catch (IllegalAccessException e) {
                // public fields of public classes are always accessible
            }
        }
    }

    private void walkList(List<?> list, String pointer) {
        int i = 0;
        for (Iterator<?> it = list.iterator(); it.hasNext(); i++) {
            Object element = it.next();
            if (element == null) {
                report(
                        pointer + "/" + i,
                        "an entry that is null or could not be read",
                        "write the entry as an object { … } like the others, or remove it");
                it.remove();
            }
        }
        for (int j = 0; j < list.size(); j++) {
            walk(list.get(j), pointer + "/" + j);
        }
    }

    private void walkMap(Map<?, ?> map, String pointer) {
        for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<?, ?> e = it.next();
            String at = pointer + "/" + ScenarioGraph.escape(String.valueOf(e.getKey()));
            if (e.getValue() == null) {
                report(at, "null where a value belongs", "write a value or remove the entry");
                it.remove();
            } else {
                walk(e.getValue(), at);
            }
        }
    }

    private void report(String pointer, String message, String fix) {
        problems.add(
                Problem.error(JsonPaths.dotted(com.fasterxml.jackson.core.JsonPointer.compile(pointer)), message, fix));
        pointers.add(pointer);
    }

    private static boolean isContainer(Object fallback) {
        return fallback instanceof List || fallback instanceof Map || ScenarioGraph.isSpec(fallback);
    }

    private static Object defaults(Class<?> type) {
        return DEFAULTS.computeIfAbsent(type, NullRepairs::freshOrMarker);
    }

    private static Object freshOrMarker(Class<?> type) {
        Object o = freshDefaults(type);
        return o == null ? new Object() : o;
    }

    private static Object freshDefaults(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
