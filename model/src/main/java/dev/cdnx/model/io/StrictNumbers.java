package dev.cdnx.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.cdnx.model.problem.Problem;
import java.io.IOException;

/**
 * Decimal numbers as the file must write them: a JSON number that is finite. Text ({@code "NaN"},
 * {@code "0.5"}) and numbers too large for a double (which would become Infinity) are problems at their
 * place, never silently NaN: a NaN alpha or log sampling would run and give wrong figures.
 */
final class StrictNumbers extends SimpleModule {

    private static final long serialVersionUID = 1L;

    StrictNumbers() {
        super("cdnx-strict-numbers");
        addDeserializer(Double.class, new FiniteDouble(null));
        addDeserializer(double.class, new FiniteDouble(0.0));
    }

    static final class FiniteDouble extends JsonDeserializer<Double> {
        private final Double fallback;

        FiniteDouble(Double fallback) {
            this.fallback = fallback;
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                double v = p.getDoubleValue();
                if (Double.isFinite(v)) {
                    return v;
                }
                ProblemCollector.report(
                        ctxt, Problem.error(null, "a number too large to use", "write a number of ordinary size"));
                return fallback;
            }
            String got = t == JsonToken.VALUE_STRING ? "\"" + shorten(p.getText()) + "\"" : UnitsModule.describe(t);
            p.skipChildren();
            ProblemCollector.report(
                    ctxt,
                    Problem.error(
                            null,
                            "expected a number, got " + got,
                            "write a finite number without quotes, such as 0.8"));
            return fallback;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return fallback;
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
