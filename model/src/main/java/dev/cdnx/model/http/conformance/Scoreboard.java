package dev.cdnx.model.http.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts passed cases per kind and per group, the way the suite's published figures count them: a case
 * passes only if it passed itself and every case it depends on (transitively) passed; browser-only
 * cases are left out. The same scoring applies to this cache's results and to the published results of
 * real caches, so the numbers compare. For {@code check} cases "passed" means "behaves as the case asks".
 */
public final class Scoreboard {

    /** Passed and total for one kind. */
    public record Tally(int passed, int total) {
        Tally plus(boolean pass) {
            return new Tally(passed + (pass ? 1 : 0), total + 1);
        }
    }

    private final Map<String, Map<String, Tally>> byGroup = new LinkedHashMap<>();
    private final Map<String, Tally> byKind = new LinkedHashMap<>();
    private final List<String> failedRequired = new ArrayList<>();

    private Scoreboard() {}

    /** Scores {@code groups} given which case ids passed on their own. */
    public static Scoreboard score(List<SuiteGroup> groups, Predicate<String> passedAlone) {
        Map<String, SuiteTest> byId = new HashMap<>();
        groups.forEach(g -> g.tests().forEach(t -> byId.put(t.id(), t)));
        Map<String, Boolean> memo = new HashMap<>();
        Scoreboard board = new Scoreboard();
        for (String kind : List.of(SuiteTest.REQUIRED, SuiteTest.OPTIMAL, SuiteTest.CHECK)) {
            board.byKind.put(kind, new Tally(0, 0));
        }
        for (SuiteGroup group : groups) {
            Map<String, Tally> tallies = board.byGroup.computeIfAbsent(group.id(), k -> new LinkedHashMap<>());
            for (SuiteTest test : group.tests()) {
                if (!test.appliesToSharedCache()) {
                    continue;
                }
                boolean pass = passes(test.id(), byId, passedAlone, memo, new java.util.HashSet<>());
                tallies.merge(
                        test.kind(),
                        new Tally(pass ? 1 : 0, 1),
                        (a, b) -> new Tally(a.passed() + b.passed(), a.total() + b.total()));
                board.byKind.merge(
                        test.kind(),
                        new Tally(pass ? 1 : 0, 1),
                        (a, b) -> new Tally(a.passed() + b.passed(), a.total() + b.total()));
                if (!pass && test.kind().equals(SuiteTest.REQUIRED)) {
                    board.failedRequired.add(test.id());
                }
            }
        }
        return board;
    }

    private static boolean passes(
            String id,
            Map<String, SuiteTest> byId,
            Predicate<String> alone,
            Map<String, Boolean> memo,
            java.util.Set<String> visiting) {
        Boolean known = memo.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            return false; // a dependency cycle cannot be satisfied
        }
        boolean pass = alone.test(id);
        SuiteTest test = byId.get(id);
        if (pass && test != null) {
            for (String dep : test.dependsOn()) {
                pass &= passes(dep, byId, alone, memo, visiting);
            }
        }
        memo.put(id, pass);
        return pass;
    }

    /** Passed and total for {@code kind} over all groups. */
    public Tally kind(String kind) {
        return byKind.getOrDefault(kind, new Tally(0, 0));
    }

    /** Per group id, per kind. */
    public Map<String, Map<String, Tally>> groups() {
        return byGroup;
    }

    /** Required cases that do not count as passed, in suite order. */
    public List<String> failedRequired() {
        return failedRequired;
    }
}
