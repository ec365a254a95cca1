package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One case of the conformance suite. {@code kind} is {@code required}, {@code optimal} or {@code check}
 * (a case without a kind is required, as in the suite). {@code requests} are the suite's request
 * objects as JSON, read by {@link CaseRunner}; {@code dependsOn} names cases that must pass for this one
 * to count.
 */
public record SuiteTest(
        String id,
        String name,
        String groupId,
        String kind,
        List<String> dependsOn,
        boolean browserOnly,
        boolean cdnOnly,
        List<JsonNode> requests) {

    public static final String REQUIRED = "required";
    public static final String OPTIMAL = "optimal";
    public static final String CHECK = "check";

    public SuiteTest {
        dependsOn = List.copyOf(dependsOn);
        requests = List.copyOf(requests);
    }

    /** Whether the case applies to a shared cache (browser-only cases do not). */
    public boolean appliesToSharedCache() {
        return !browserOnly;
    }
}
