package dev.cdnx.model.http.conformance;

import static dev.cdnx.model.http.conformance.CaseRunner.isSetup;
import static dev.cdnx.model.http.conformance.CaseRunner.require;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The checks the suite's client makes on each response, in its order: retries seen by the origin,
 * {@code expected_type} (by the origin's request counter), status, expected and missing headers,
 * interim responses, and the body (the configured body, or the case's token when none is configured).
 * A header read by name gets every line joined with {@code ", "}, as a fetch client would.
 */
final class ClientChecks {

    private ClientChecks() {}

    static void check(JsonNode config, int reqNum, HttpResponse response, String uuid, String method) {
        HttpHeaders h = response.headers();
        String numbers = h.get("Request-Numbers");
        if (numbers != null) {
            String[] seen = numbers.split(" ");
            require(true, new HashSet<>(Arrays.asList(seen)).size() == seen.length, "retry");
        }
        long resNum = parseOrNegative(h.get("Server-Request-Count"));
        String type = config.path("expected_type").asText("");
        boolean typeSetup = isSetup(config, "expected_type");
        if (type.equals("cached") && !(response.status() == 304 && resNum < 0)) {
            require(typeSetup, resNum >= 0 && resNum < reqNum, "Response " + reqNum + " does not come from cache");
        }
        if (type.equals("not_cached")) {
            require(typeSetup, resNum == reqNum, "Response " + reqNum + " comes from cache");
        }
        status(config, reqNum, response.status());
        for (JsonNode e : config.path("expected_response_headers")) {
            expectedHeader(config, reqNum, h, e);
        }
        boolean missingSetup = isSetup(config, "expected_response_headers_missing");
        for (JsonNode e : config.path("expected_response_headers_missing")) {
            if (e.isTextual()) {
                require(
                        missingSetup,
                        !h.has(e.asText()),
                        "Response " + reqNum + " includes unexpected header " + e.asText() + ": \"" + h.get(e.asText())
                                + "\"");
            } else {
                String value = h.get(e.get(0).asText());
                require(
                        missingSetup,
                        value == null || !value.contains(e.get(1).asText()),
                        "Response " + reqNum + " header " + e.get(0).asText() + " still has value \"" + value + "\"");
            }
        }
        interim(config, response);
        body(config, response, uuid, method);
    }

    private static void status(JsonNode config, int reqNum, int status) {
        if (config.has("expected_status")) {
            JsonNode expected = config.get("expected_status");
            if (!expected.isNull()) {
                require(
                        isSetup(config, "expected_status"),
                        status == expected.asInt(),
                        "Response " + reqNum + " status is " + status + ", not " + expected.asInt());
            }
        } else if (config.has("response_status")) {
            int expected = config.get("response_status").get(0).asInt();
            require(true, status == expected, "Response " + reqNum + " status is " + status + ", not " + expected);
        } else if (status == 999) {
            require(
                    isSetup(config, "expected_type"),
                    false,
                    "Request " + reqNum + " should have been conditional, but it was not.");
        } else {
            require(true, status == 200, "Response " + reqNum + " status is " + status + ", not 200");
        }
    }

    private static void expectedHeader(JsonNode config, int reqNum, HttpHeaders h, JsonNode e) {
        boolean setup = isSetup(config, "expected_response_headers");
        if (e.isTextual()) {
            require(setup, h.has(e.asText()), "Response " + reqNum + " " + e.asText() + " header not present.");
            return;
        }
        String name = e.get(0).asText();
        String value = h.get(name);
        if (e.size() > 2) {
            require(setup, value != null, "Response " + reqNum + " " + name + " header not present.");
            String op = e.get(1).asText();
            boolean ok;
            if (op.equals("=")) {
                ok = value.equals(h.get(e.get(2).asText()));
            } else if (op.equals(">")) {
                ok = leadingInt(value) > e.get(2).asLong();
            } else {
                throw new CaseRunner.CaseFailure(false, "unknown expected-header operator '" + op + "'");
            }
            require(
                    setup,
                    ok,
                    "Response " + reqNum + " header " + name + " is " + value + ", should " + op + " " + e.get(2));
            return;
        }
        long serverNow = CaseRunner.parseLong(h.get("Server-Now"));
        String expected = SuiteValues.fixup(name, e.get(1), serverNow, config, h.get("Server-Base-Url"));
        require(
                setup,
                expected.equals(value),
                "Response " + reqNum + " header " + name + " is \"" + value + "\", not \"" + expected + "\"");
    }

    private static void interim(JsonNode config, HttpResponse response) {
        if (!config.has("expected_interim_responses")) {
            return;
        }
        boolean setup = isSetup(config, "expected_interim_responses");
        JsonNode expected = config.get("expected_interim_responses");
        for (int i = 0; i < expected.size(); i++) {
            require(setup, i < response.interim().size(), "Interim response " + (i + 1) + " not received");
            HttpResponse got = response.interim().get(i);
            require(
                    setup,
                    got.status() == expected.get(i).get(0).asInt(),
                    "Interim response " + (i + 1) + " status is " + got.status() + ", not "
                            + expected.get(i).get(0).asInt());
            for (JsonNode pair : expected.get(i).path(1)) {
                require(
                        setup,
                        got.headers().has(pair.get(0).asText()),
                        "Interim response " + (i + 1) + " " + pair.get(0).asText() + " header not present.");
            }
        }
    }

    private static void body(JsonNode config, HttpResponse response, String uuid, String method) {
        String body = response.body() == null ? "" : response.body();
        Set<Integer> noBody = Set.of(204, 304);
        if (config.has("check_body") && !config.get("check_body").asBoolean(true)) {
            return;
        }
        if (config.has("expected_response_text")) {
            JsonNode text = config.get("expected_response_text");
            if (!text.isNull()) {
                require(
                        isSetup(config, "expected_response_text"),
                        body.equals(text.asText()),
                        "Response body is \"" + body + "\", not \"" + text.asText() + "\"");
            }
        } else if (config.has("response_body") && !config.get("response_body").isNull()) {
            String expected = config.get("response_body").asText();
            require(true, body.equals(expected), "Response body is \"" + body + "\", not \"" + expected + "\"");
        } else if (!noBody.contains(response.status()) && !method.equals("HEAD")) {
            require(true, body.equals(uuid), "Response body is \"" + body + "\", not \"" + uuid + "\"");
        }
    }

    private static long leadingInt(String value) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("^\\s*(-?\\d+)").matcher(value);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MIN_VALUE;
    }

    private static long parseOrNegative(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
