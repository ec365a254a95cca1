package dev.cdnx.app.editor.properties;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One editable setting of a target (a node, a link or the scenario): its category and name, a
 * tooltip in CDN terms, how to show it as text, and how to set it from text. The setter throws an
 * {@link IllegalArgumentException} (units throw {@code UnitFormatException}) whose message says why a
 * value is refused. {@code choices} non-empty means a pick list; {@code bool} a check box.
 */
public record Field<T>(
        String category,
        String name,
        String description,
        Predicate<T> appliesTo,
        Function<T, String> getter,
        BiConsumer<T, String> setter,
        List<String> choices,
        boolean bool) {

    public boolean editable() {
        return setter != null;
    }

    public static <T> Field<T> text(
            String category,
            String name,
            String description,
            Predicate<T> appliesTo,
            Function<T, String> getter,
            BiConsumer<T, String> setter) {
        return new Field<>(category, name, description, appliesTo, getter, setter, List.of(), false);
    }

    public static <T> Field<T> choice(
            String category,
            String name,
            String description,
            Predicate<T> appliesTo,
            Function<T, String> getter,
            BiConsumer<T, String> setter,
            List<String> choices) {
        return new Field<>(category, name, description, appliesTo, getter, setter, choices, false);
    }

    public static <T> Field<T> bool(
            String category,
            String name,
            String description,
            Predicate<T> appliesTo,
            Function<T, String> getter,
            BiConsumer<T, String> setter) {
        return new Field<>(category, name, description, appliesTo, getter, setter, List.of("true", "false"), true);
    }
}
