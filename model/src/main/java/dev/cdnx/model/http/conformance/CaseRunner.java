package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.model.http.CacheClock;
import dev.cdnx.model.http.CachePolicy;
import dev.cdnx.model.http.HttpHeaders;
import dev.cdnx.model.http.HttpRequest;
import dev.cdnx.model.http.HttpResponse;
import dev.cdnx.model.http.Upstream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs one suite case against a fresh cache (see {@link CacheHarness}) in front of a {@link FakeOrigin}, on a
 * virtual clock that starts at {@link #START_MILLIS} and moves 3 s after each request marked
 * {@code pause_after}. Requests carry what the suite's client sends to an intermediary (a dummy
 * {@code Pragma} and {@code Cache-Control}, {@code Test-ID}, {@code Req-Num}); the checks are the
 * client's (type, status, headers, body, interim responses) and then the origin's (requests seen,
 * validators, request headers, response fields passed on unchanged). The first failed check ends the
 * case; a failed check of something the case marks as setup gives {@code SETUP}, not {@code FAIL}.
 * Browser-only cases are {@code SKIPPED}.
 */
public final class CaseRunner {

    /** The virtual clock's start: 2025-06-15T15:06:40Z, a fixed instant so runs are repeatable. */
    public static final long START_MILLIS = 1_750_000_000_000L;

    private static final double PAUSE_SECONDS = 3;

    private final CachePolicy policy;
    private final CacheHarness harness;

    /** A runner testing in-process caches with {@code policy}. */
    public CaseRunner(CachePolicy policy) {
        this(policy, CacheHarness.inProcess());
    }

    /** A runner testing caches with {@code policy} reached through {@code harness}. */
    public CaseRunner(CachePolicy policy, CacheHarness harness) {
        this.policy = policy;
        this.harness = harness;
    }

    /** Runs {@code test}; never throws for a failing case. */
    public CaseResult run(SuiteTest test) {
        if (!test.appliesToSharedCache()) {
            return new CaseResult(test.id(), CaseResult.Verdict.SKIPPED, "browser-only case");
        }
        String uuid = UUID.nameUUIDFromBytes(test.id().getBytes(StandardCharsets.UTF_8))
                .toString();
        CacheClock.Manual clock = new CacheClock.Manual(START_MILLIS);
        FakeOrigin origin = new FakeOrigin(test.requests(), uuid, clock);
        Upstream cache = harness.connect(origin, clock, policy);
        List<HttpResponse> responses = new ArrayList<>();
        try {
            for (int i = 0; i < test.requests().size(); i++) {
                JsonNode config = test.requests().get(i);
                HttpRequest request = request(test, uuid, config, i, responses);
                HttpResponse response = cache.fetch(request);
                responses.add(response);
                ClientChecks.check(config, i + 1, response, uuid, request.method());
                if (config.path("pause_after").asBoolean(false)) {
                    clock.advanceSeconds(PAUSE_SECONDS);
                }
            }
            ServerChecks.check(test.requests(), responses, origin.seen());
            return CaseResult.pass(test.id());
        } catch (CaseFailure f) {
            return new CaseResult(
                    test.id(), f.setup() ? CaseResult.Verdict.SETUP : CaseResult.Verdict.FAIL, f.getMessage());
        } catch (Upstream.UpstreamFailure f) {
            return new CaseResult(test.id(), CaseResult.Verdict.FAIL, "no response: " + f.getMessage());
        }
    }

    private static HttpRequest request(
            SuiteTest test, String uuid, JsonNode config, int index, List<HttpResponse> responses) {
        StringBuilder url = new StringBuilder("/test/").append(uuid);
        if (config.has("filename")) {
            url.append('/').append(config.get("filename").asText());
        }
        if (config.has("query_arg")) {
            url.append('?').append(config.get("query_arg").asText());
        }
        HttpHeaders headers = HttpHeaders.of("Pragma", "foo", "Cache-Control", "nothing-to-see-here");
        long previousNow = index == 0
                ? CaseRunner.START_MILLIS
                : parseLong(responses.get(index - 1).headers().first("Server-Now"));
        boolean magicIms = config.path("magic_ims").asBoolean(false);
        for (JsonNode h : config.path("request_headers")) {
            String name = h.get(0).asText();
            JsonNode value = h.get(1);
            if (magicIms && name.equalsIgnoreCase("If-Modified-Since")) {
                headers.add(name, SuiteValues.fixup(name, value, previousNow, config, null));
            } else {
                headers.add(name, value.isTextual() ? value.asText() : value.toString());
            }
        }
        headers.add("Test-ID", test.id());
        headers.add("Req-Num", Integer.toString(index + 1));
        String method = config.path("request_method").asText("GET");
        String body = config.has("request_body") ? config.get("request_body").asText() : null;
        return new HttpRequest(method, url.toString(), headers, body);
    }

    static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the request object marks {@code member} as setup: {@code setup: true} or listed in setup_tests. */
    static boolean isSetup(JsonNode config, String member) {
        if (config.path("setup").asBoolean(false)) {
            return true;
        }
        for (JsonNode m : config.path("setup_tests")) {
            if (m.asText().equals(member)) {
                return true;
            }
        }
        return false;
    }

    /** Fails the case with {@code message} unless {@code condition} holds. */
    static void require(boolean setup, boolean condition, String message) {
        if (!condition) {
            throw new CaseFailure(setup, message);
        }
    }

    /** A failed check; ends the case. */
    static final class CaseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean setup;

        CaseFailure(boolean setup, String message) {
            super(message, null, false, false);
            this.setup = setup;
        }

        boolean setup() {
            return setup;
        }
    }
}
