package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The origin of one conformance case, behaving like the suite's test server: request N (by the
 * {@code Req-Num} header the client sent and the cache forwarded, else by arrival) is answered from the
 * case's N-th request object. A request whose case expects validation gets 304 only when its
 * {@code If-None-Match} or {@code If-Modified-Since} equals, character for character, the validator the
 * origin sent for the previous request; otherwise status 999 ("304 not generated"), which fails the case.
 * Integer dates are written relative to the origin's clock; {@code disconnect} throws
 * {@link Upstream.UpstreamFailure} after recording the request; {@code response_pause} moves the clock.
 * Every request seen is kept for the server-side checks.
 */
public final class FakeOrigin implements Upstream {

    /** What the origin saw and which of its response fields the client must receive unchanged. */
    public record SeenRequest(
            int clientRequestNumber,
            String method,
            HttpHeaders headers,
            List<HttpHeaders.Field> checkedResponseFields) {}

    private final List<JsonNode> configs;
    private final String uuid;
    private final CacheClock.Manual clock;
    private final List<SeenRequest> seen = new ArrayList<>();
    private final Map<Integer, HttpHeaders> sentHeaders = new HashMap<>();

    public FakeOrigin(List<JsonNode> configs, String uuid, CacheClock.Manual clock) {
        this.configs = configs;
        this.uuid = uuid;
        this.clock = clock;
    }

    /** The requests that reached the origin, in order. */
    public List<SeenRequest> seen() {
        return seen;
    }

    @Override
    public HttpResponse fetch(HttpRequest request) {
        int serverNumber = seen.size() + 1;
        int clientNumber = parseInt(request.headers().first("Req-Num"));
        int number = clientNumber > 0 ? clientNumber : serverNumber;
        if (number > configs.size()) {
            return new HttpResponse(
                    409, HttpHeaders.of("Content-Type", "text/plain"), "config not found for request " + serverNumber);
        }
        JsonNode config = configs.get(number - 1);
        if (config.has("response_pause")) {
            clock.advanceSeconds(config.get("response_pause").asDouble());
        }
        long now = clock.nowMillis();
        int status = config.has("response_status")
                ? config.get("response_status").get(0).asInt(200)
                : 200;
        if (config.path("expected_type").asText("").endsWith("validated")) {
            status = validated(request, number) ? 304 : 999;
        }
        HttpHeaders headers = HttpHeaders.of(
                "Server-Base-Url",
                request.url(),
                "Server-Request-Count",
                Integer.toString(serverNumber),
                "Client-Request-Count",
                clientNumber > 0 ? Integer.toString(clientNumber) : "NaN",
                "Server-Now",
                Long.toString(now));
        Map<String, HttpHeaders.Field> checked = new LinkedHashMap<>();
        for (JsonNode h : config.path("response_headers")) {
            String name = h.get(0).asText();
            String value = SuiteValues.fixup(name, h.get(1), now, config, request.url());
            headers.add(name, value);
            if (h.size() < 3 || h.get(2).asBoolean(false)) {
                // Like the suite's server: the combined value of every line so far is what must arrive.
                checked.put(name.toLowerCase(Locale.ROOT), new HttpHeaders.Field(name, headers.get(name)));
            }
        }
        if (!headers.has("Content-Type")) {
            headers.add("Content-Type", "text/plain");
        }
        if (!headers.has("Date")) {
            headers.add("Date", dev.cdnx.model.http.HttpDates.format(now));
        }
        sentHeaders.put(number, headers);
        seen.add(new SeenRequest(
                clientNumber, request.method(), request.headers().copy(), List.copyOf(checked.values())));
        headers.add(
                "Request-Numbers",
                seen.stream()
                        .map(s -> Integer.toString(s.clientRequestNumber()))
                        .collect(Collectors.joining(" ")));
        if (config.path("disconnect").asBoolean(false)) {
            throw new UpstreamFailure("origin closed the connection (disconnect)");
        }
        String body = null;
        if (status != 204 && status != 304) {
            String configured = config.path("response_body").isTextual()
                    ? config.get("response_body").asText()
                    : "";
            body = configured.isEmpty() ? uuid : configured;
        }
        return new HttpResponse(status, headers, body, interim(config));
    }

    private boolean validated(HttpRequest request, int number) {
        if (number < 2) {
            return false;
        }
        HttpHeaders previous = sentHeaders.get(number - 1);
        String lm =
                previous == null ? rawText(configs.get(number - 2), "Last-Modified") : previous.first("Last-Modified");
        String etag = previous == null ? rawText(configs.get(number - 2), "ETag") : previous.first("ETag");
        String ims = request.headers().get("If-Modified-Since");
        String inm = request.headers().get("If-None-Match");
        return (lm != null && lm.equals(ims)) || (etag != null && etag.equals(inm));
    }

    /** A header of a request object as written in the file, when it is text (integers never match). */
    private static String rawText(JsonNode config, String name) {
        for (JsonNode h : config.path("response_headers")) {
            if (h.get(0).asText().equalsIgnoreCase(name)) {
                return h.get(1).isTextual() ? h.get(1).asText() : null;
            }
        }
        return null;
    }

    private static List<HttpResponse> interim(JsonNode config) {
        List<HttpResponse> out = new ArrayList<>();
        for (JsonNode r : config.path("interim_responses")) {
            HttpHeaders h = new HttpHeaders();
            r.path(1).forEach(pair -> h.add(pair.get(0).asText(), pair.get(1).asText()));
            out.add(new HttpResponse(r.get(0).asInt(), h, null));
        }
        return out;
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
