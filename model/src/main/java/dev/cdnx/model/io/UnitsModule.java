package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.cdnx.model.problem.Problem;
import dev.cdnx.model.units.Bandwidth;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Price;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import dev.cdnx.model.units.UnitFormatException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads and writes the written unit forms ({@code "40 GB"}, {@code "300s"}, {@code "2k/s"},
 * {@code "1 Gbps"}, {@code "$0.05/GB"}). A value in the wrong form becomes a {@link Problem} in the
 * current {@link ProblemCollector} (the field is left unset), so one file reports all its mistakes.
 */
public final class UnitsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public UnitsModule() {
        super("cdnx-units");
        add(DataSize.class, DataSize::parse, "a size like \"40 GB\"");
        add(SimDuration.class, UnitsModule::durationOrAuto, "a duration like \"300s\"");
        add(Rate.class, Rate::parse, "a rate like \"50/s\"");
        add(Bandwidth.class, Bandwidth::parse, "a bandwidth like \"1 Gbps\"");
        add(Price.class, Price::parse, "a price like \"$0.05/GB\"");
    }

    /** "auto" stands for "derive it" (a link RTT), which the model holds as null. */
    private static SimDuration durationOrAuto(String text) {
        return "auto".equalsIgnoreCase(text.trim()) ? null : SimDuration.parse(text);
    }

    private <T> void add(Class<T> type, Function<String, T> parser, String example) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new UnitDeserializer<>(type, parser, example));
    }

    /** Parses one unit value from a string (or a bare number, in the unit's base unit). */
    /** No size, duration, rate or price needs more characters than this. */
    static final int MAX_TEXT = 100;

    static final class UnitDeserializer<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parser;
        private final String example;

        UnitDeserializer(Class<T> type, Function<String, T> parser, String example) {
            this.type = type;
            this.parser = parser;
            this.example = example;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            String text;
            if (t == JsonToken.VALUE_STRING) {
                text = p.getText();
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                text = p.getText();
            } else {
                p.skipChildren();
                ProblemCollector.report(
                        ctxt,
                        Problem.error(
                                null,
                                "expected " + example + ", got " + describe(t),
                                "write the value as a string, for example " + example.substring(example.indexOf('"'))));
                return null;
            }
            if (text.length() > MAX_TEXT) {
                // Bounded before parsing: a unit pattern's repetition must never see a megabyte of "1h".
                ProblemCollector.report(
                        ctxt,
                        Problem.error(
                                null,
                                "a value of " + text.length() + " characters is too long to be " + example,
                                "write " + example));
                return null;
            }
            try {
                return parser.apply(text);
            } catch (UnitFormatException e) {
                ProblemCollector.report(
                        ctxt, Problem.error(null, e.getMessage(), "write " + examplesOnly(e.expected())));
                return null;
            } catch (RuntimeException e) {
                ProblemCollector.report(
                        ctxt,
                        Problem.error(null, "expected " + example + ", got \"" + text + "\"", "write " + example));
                return null;
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** The examples of an expected form without its list of units, which the message has just given. */
    static String examplesOnly(String expected) {
        int list = expected.indexOf(" (");
        return list < 0 ? expected : expected.substring(0, list);
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "text";
            default -> "a number";
        };
    }
}
