package dev.cdnx.model.http.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdnx.model.http.CachePolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every case of a suite run through {@link CaseRunner}, with the scoreboard. The JSON form is
 * {@code {"required":{"passed","total"}, "optimal":{...}, "check":{...}, "groups":{id:{kind:{...}}},
 * "failed":[required ids not counted as passed], "skipped":{id: reason}}}.
 */
public record ConformanceRun(List<SuiteGroup> groups, Map<String, CaseResult> results, Scoreboard scoreboard) {

    /** Runs all cases of {@code groups} against caches with {@code policy}. */
    public static ConformanceRun run(List<SuiteGroup> groups, CachePolicy policy) {
        return run(groups, policy, CacheHarness.inProcess());
    }

    /** Runs all cases of {@code groups} against caches with {@code policy} reached through {@code harness}. */
    public static ConformanceRun run(List<SuiteGroup> groups, CachePolicy policy, CacheHarness harness) {
        CaseRunner runner = new CaseRunner(policy, harness);
        Map<String, CaseResult> results = new LinkedHashMap<>();
        for (SuiteGroup group : groups) {
            for (SuiteTest test : group.tests()) {
                results.put(test.id(), runner.run(test));
            }
        }
        Scoreboard board = Scoreboard.score(
                groups, id -> results.containsKey(id) && results.get(id).passed());
        return new ConformanceRun(groups, results, board);
    }

    /** The scoreboard as JSON text. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        for (String kind : List.of(SuiteTest.REQUIRED, SuiteTest.OPTIMAL, SuiteTest.CHECK)) {
            root.set(kind, tally(mapper, scoreboard.kind(kind)));
        }
        ObjectNode groupsNode = root.putObject("groups");
        scoreboard.groups().forEach((id, kinds) -> {
            ObjectNode g = groupsNode.putObject(id);
            kinds.forEach((kind, t) -> g.set(kind, tally(mapper, t)));
        });
        scoreboard.failedRequired().forEach(root.putArray("failed")::add);
        ObjectNode skipped = root.putObject("skipped");
        results.values().stream()
                .filter(r -> r.verdict() == CaseResult.Verdict.SKIPPED)
                .forEach(r -> skipped.put(r.id(), r.message()));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scoreboard as aligned text, one line per group and a total. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-20s %10s %10s %10s%n", "group", "required", "optimal", "check"));
        scoreboard
                .groups()
                .forEach((id, kinds) -> sb.append(String.format(
                        Locale.ROOT,
                        "%-20s %10s %10s %10s%n",
                        id,
                        cell(kinds.get(SuiteTest.REQUIRED)),
                        cell(kinds.get(SuiteTest.OPTIMAL)),
                        cell(kinds.get(SuiteTest.CHECK)))));
        sb.append(String.format(
                Locale.ROOT,
                "%-20s %10s %10s %10s%n",
                "total",
                cell(scoreboard.kind(SuiteTest.REQUIRED)),
                cell(scoreboard.kind(SuiteTest.OPTIMAL)),
                cell(scoreboard.kind(SuiteTest.CHECK))));
        if (!scoreboard.failedRequired().isEmpty()) {
            sb.append("required cases not passed:").append(System.lineSeparator());
            for (String id : scoreboard.failedRequired()) {
                sb.append("  ").append(id).append(": ").append(reason(id)).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    /** Every case that did not pass on its own, with its kind and message, one per line. */
    public String failuresText() {
        StringBuilder sb = new StringBuilder();
        for (SuiteGroup g : groups) {
            for (SuiteTest t : g.tests()) {
                CaseResult r = results.get(t.id());
                if (r != null && !r.passed() && r.verdict() != CaseResult.Verdict.SKIPPED) {
                    sb.append(String.format(
                            Locale.ROOT, "%-9s %-45s %s: %s%n", t.kind(), t.id(), r.verdict(), r.message()));
                }
            }
        }
        return sb.toString();
    }

    /** Why a case does not count: its own failure message, or the dependency that failed. */
    public String reason(String id) {
        CaseResult r = results.get(id);
        if (r != null && !r.passed()) {
            return (r.verdict() == CaseResult.Verdict.SETUP ? "setup: " : "") + r.message();
        }
        for (SuiteGroup g : groups) {
            for (SuiteTest t : g.tests()) {
                if (t.id().equals(id)) {
                    for (String dep : t.dependsOn()) {
                        CaseResult d = results.get(dep);
                        if (d == null || !d.passed() || !reason(dep).isEmpty()) {
                            return "depends on " + dep + ", which does not pass";
                        }
                    }
                }
            }
        }
        return "";
    }

    static String cell(Scoreboard.Tally t) {
        return t == null || t.total() == 0 ? "-" : t.passed() + "/" + t.total();
    }

    private static ObjectNode tally(ObjectMapper mapper, Scoreboard.Tally t) {
        ObjectNode n = mapper.createObjectNode();
        n.put("passed", t.passed());
        n.put("total", t.total());
        return n;
    }
}
