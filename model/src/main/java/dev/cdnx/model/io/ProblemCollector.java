package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.problem.Suggest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns Jackson's complaints into {@link Problem}s and lets reading go on, so a file with three mistakes
 * gets three messages. Each problem takes its place from the parser: line, column and JSON path.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    static final String ATTRIBUTE = "cdnx.problems";

    private final List<Problem> problems = new ArrayList<>();
    /** The JSON pointer of every value that could not be read, so it can be carried back on save. */
    private final List<String> unread = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    List<String> unreadPointers() {
        return unread;
    }

    private void add(JsonParser p, Problem placed, String extraProperty) {
        problems.add(placed);
        String pointer = p.getParsingContext().pathAsPointer().toString();
        unread.add(extraProperty == null ? pointer : pointer + "/" + ScenarioGraph.escape(extraProperty));
    }

    /** Adds a problem at the parser's current place; used by deserializers of this package. */
    static void report(DeserializationContext ctxt, Problem problem) {
        Object collector = ctxt.getAttribute(ATTRIBUTE);
        Problem placed = place(ctxt.getParser(), problem, null);
        if (collector instanceof ProblemCollector problemCollector) {
            problemCollector.add(ctxt.getParser(), placed, null);
        } else {
            throw new IllegalArgumentException(placed.format());
        }
    }

    private static Problem place(JsonParser p, Problem problem, String extraProperty) {
        JsonLocation loc = p.currentTokenLocation();
        String path = JsonPaths.dotted(p.getParsingContext());
        if (extraProperty != null) {
            path = JsonPaths.child(path, extraProperty);
        }
        return new Problem(
                problem.severity(),
                null,
                loc.getLineNr(),
                loc.getColumnNr(),
                path,
                problem.message(),
                problem.fix(),
                null);
    }

    @Override
    public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object beanOrClass,
            String propertyName)
            throws IOException {
        Collection<Object> known = deserializer.getKnownPropertyNames();
        String nearest = Suggest.nearest(propertyName, known);
        String fix = nearest != null
                ? "did you mean \"" + nearest + "\"?"
                : "remove it; known fields here: " + Suggest.list(known);
        Problem problem = Problem.error(null, "unknown field \"" + propertyName + "\"", fix);
        JsonLocation loc = p.currentTokenLocation();
        String path = JsonPaths.dotted(p.getParsingContext());
        add(
                p,
                new Problem(
                        problem.severity(),
                        null,
                        loc.getLineNr(),
                        loc.getColumnNr(),
                        path,
                        problem.message(),
                        problem.fix(),
                        null),
                null);
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleUnexpectedToken(
            DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
            throws IOException {
        String expected = describeType(targetType.getRawClass());
        add(
                p,
                place(
                        p,
                        Problem.error(
                                null,
                                "expected " + expected + ", got " + UnitsModule.describe(t),
                                "write " + expected + " here"),
                        null),
                null);
        p.skipChildren();
        return defaultFor(targetType.getRawClass());
    }

    @Override
    public Object handleWeirdStringValue(
            DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) throws IOException {
        String expected = describeType(targetType);
        if (targetType.isEnum()) {
            expected = "one of " + Suggest.list(enumIds(targetType));
        }
        add(
                ctxt.getParser(),
                place(
                        ctxt.getParser(),
                        Problem.error(null, "expected " + expected + ", got \"" + value + "\"", "write " + expected),
                        null),
                null);
        return defaultFor(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(
            DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) throws IOException {
        String expected = describeType(targetType);
        add(
                ctxt.getParser(),
                place(
                        ctxt.getParser(),
                        Problem.error(null, "expected " + expected + ", got " + value, "write " + expected),
                        null),
                null);
        return defaultFor(targetType);
    }

    @Override
    public Object handleInstantiationProblem(
            DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) throws IOException {
        String expected = instClass.isEnum() ? "one of " + Suggest.list(enumIds(instClass)) : describeType(instClass);
        add(
                ctxt.getParser(),
                place(
                        ctxt.getParser(),
                        Problem.error(null, "expected " + expected + ", got \"" + argument + "\"", "write " + expected),
                        null),
                null);
        return null;
    }

    @Override
    public Object handleMissingInstantiator(
            DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta, JsonParser p, String msg)
            throws IOException {
        add(
                p,
                place(
                        p,
                        Problem.error(
                                null,
                                "expected " + describeType(instClass) + ", got "
                                        + UnitsModule.describe(p.currentToken()),
                                "write " + describeType(instClass)),
                        null),
                null);
        p.skipChildren();
        return null;
    }

    private static List<Object> enumIds(Class<?> type) {
        List<Object> ids = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
            ids.add(c.toString().toLowerCase(java.util.Locale.ROOT));
        }
        return ids;
    }

    private static Object defaultFor(Class<?> type) {
        return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
    }

    static String describeType(Class<?> type) {
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (java.util.List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object { … }";
        }
        if (type.isEnum()) {
            return "one of " + Suggest.list(enumIds(type));
        }
        return "an object { … }";
    }
}
