package dev.cdnx.model.http.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.http.CachePolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dozen HTTP caching cases the project wrote itself (test resource {@code http-cases/own-cases.json}, in
 * the public suite's format), run by the same harness as the public suite, so the freshness and
 * shared-cache rules are checked in a clone that has no {@code ../shared}.
 */
class OwnCasesTest {

    @Test
    void everyOwnCasePassesOnTheCdnCache() throws Exception {
        Path file = Path.of(
                OwnCasesTest.class.getResource("/http-cases/own-cases.json").toURI());
        List<SuiteGroup> groups = SuiteFile.load(file);
        ConformanceRun run = ConformanceRun.run(groups, CachePolicy.cdn());
        int cases = groups.stream().mapToInt(g -> g.tests().size()).sum();
        assertEquals(12, cases, "cases in the file");
        assertTrue(run.results().values().stream().allMatch(CaseResult::passed), run.failuresText());
        assertEquals(cases, run.results().size(), "every case ran");
    }
}
