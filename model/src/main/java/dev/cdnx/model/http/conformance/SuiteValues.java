package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.http.HttpDates;
import java.util.Locale;
import java.util.Set;

/**
 * The suite's "magic" header values: an integer in a date field means that many seconds from the
 * origin's current time, written as an HTTP date (RFC 850 form when the request object lists the field
 * in {@code rfc850date}); with {@code magic_locations}, {@code Location} and {@code Content-Location}
 * are made relative to the request's URL. Other values are used as written.
 */
final class SuiteValues {

    private static final Set<String> DATE_FIELDS =
            Set.of("date", "expires", "last-modified", "if-modified-since", "if-unmodified-since");
    private static final Set<String> LOCATION_FIELDS = Set.of("location", "content-location");

    private SuiteValues() {}

    static String fixup(String name, JsonNode value, long serverNowMillis, JsonNode config, String baseUrl) {
        String lower = name.toLowerCase(Locale.ROOT);
        String text = value.isTextual() ? value.asText() : value.toString();
        if (DATE_FIELDS.contains(lower) && value.isIntegralNumber()) {
            long at = serverNowMillis + value.asLong() * 1000;
            boolean rfc850 = false;
            for (JsonNode f : config.path("rfc850date")) {
                rfc850 |= f.asText().equalsIgnoreCase(lower);
            }
            text = rfc850 ? HttpDates.formatRfc850(at) : HttpDates.format(at);
        }
        if (LOCATION_FIELDS.contains(lower) && config.path("magic_locations").asBoolean(false) && baseUrl != null) {
            text = text.isEmpty() ? baseUrl : baseUrl + "/" + text;
        }
        return text;
    }
}
