package dev.cdnx.model.http.conformance;

import static dev.cdnx.model.http.conformance.CaseRunner.isSetup;
import static dev.cdnx.model.http.conformance.CaseRunner.require;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpResponse;
import java.util.List;
import java.util.Locale;

/**
 * The checks made after a case against what the origin saw: requests expected to reach it did, in
 * order (a request expected to be served from cache is skipped, and so consumes no origin request);
 * validated requests carried {@code If-None-Match} / {@code If-Modified-Since}; expected request
 * headers were (or were not) forwarded; the method was kept; and each response field the origin marked
 * as checked reached the client with the same value ({@code Date} excepted).
 */
final class ServerChecks {

    private ServerChecks() {}

    static void check(List<JsonNode> configs, List<HttpResponse> responses, List<FakeOrigin.SeenRequest> seen) {
        int seenIndex = 0;
        for (int i = 0; i < configs.size(); i++) {
            JsonNode config = configs.get(i);
            int reqNum = i + 1;
            FakeOrigin.SeenRequest server = seenIndex < seen.size() ? seen.get(seenIndex) : null;
            boolean typeSetup = isSetup(config, "expected_type");
            String type = config.path("expected_type").asText("");
            if (type.equals("cached")) {
                continue;
            }
            if (type.equals("not_cached")) {
                require(
                        typeSetup,
                        server != null && server.clientRequestNumber() == reqNum,
                        "Response " + reqNum + " comes from cache ("
                                + (server == null ? "nothing" : server.clientRequestNumber()) + " on server)");
            }
            seenIndex++;
            String validator = type.equals("etag_validated")
                    ? "If-None-Match"
                    : type.equals("lm_validated") ? "If-Modified-Since" : null;
            if (validator != null) {
                require(typeSetup, server != null, "request " + reqNum + " wasn't sent to server");
                require(
                        typeSetup,
                        server.headers().has(validator),
                        "request " + reqNum + " doesn't have " + validator.toLowerCase(Locale.ROOT) + " header");
            }
            requestHeaders(config, reqNum, server);
            if (server != null) {
                HttpHeaders got = responses.get(i).headers();
                for (HttpHeaders.Field f : server.checkedResponseFields()) {
                    if (f.name().equalsIgnoreCase("date")) {
                        continue;
                    }
                    String received = got.get(f.name());
                    require(
                            true,
                            f.value().equals(received),
                            "Response " + reqNum + " header " + f.name() + " is \"" + received + "\", not \""
                                    + f.value() + "\"");
                }
            }
            if (config.has("expected_method")) {
                require(
                        isSetup(config, "expected_method"),
                        server != null
                                && server.method()
                                        .equals(config.get("expected_method").asText()),
                        "Request " + reqNum + " had method " + (server == null ? "none" : server.method()));
            }
        }
    }

    private static void requestHeaders(JsonNode config, int reqNum, FakeOrigin.SeenRequest server) {
        boolean setup = isSetup(config, "expected_request_headers");
        for (JsonNode e : config.path("expected_request_headers")) {
            require(false, server != null, "Request " + reqNum + " was not sent to the server");
            if (e.isTextual()) {
                require(
                        setup,
                        server.headers().has(e.asText()),
                        "Request " + reqNum + " " + e.asText() + " header not present.");
            } else {
                String value = server.headers().get(e.get(0).asText());
                require(
                        setup,
                        e.get(1).asText().equals(value),
                        "Request " + reqNum + " header " + e.get(0).asText() + " is \"" + value + "\", not \""
                                + e.get(1).asText() + "\"");
            }
        }
        boolean missingSetup = isSetup(config, "expected_request_headers_missing");
        for (JsonNode e : config.path("expected_request_headers_missing")) {
            require(false, server != null, "Request " + reqNum + " was not sent to the server");
            if (e.isTextual()) {
                require(
                        missingSetup,
                        !server.headers().has(e.asText()),
                        "Request " + reqNum + " " + e.asText() + " header present.");
            } else {
                String value = server.headers().get(e.get(0).asText());
                require(
                        missingSetup,
                        !e.get(1).asText().equals(value),
                        "Request " + reqNum + " header " + e.get(0).asText() + " is \"" + value + "\"");
            }
        }
    }
}
