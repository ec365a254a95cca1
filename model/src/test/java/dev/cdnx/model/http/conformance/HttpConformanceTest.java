package dev.cdnx.model.http.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.http.CachePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the public HTTP cache conformance suite against the explorer's CDN cache, prints the
 * scoreboard, rewrites the generated part of docs/http-conformance.md, and holds the line: the number
 * of required cases passed may not drop below the floor recorded in http-conformance-floor.properties.
 */
class HttpConformanceTest {

    private static List<SuiteGroup> groups;
    private static ConformanceRun run;

    @BeforeAll
    static void runSuite() throws Exception {
        groups = SuiteFile.load(SharedData.require("http-cache-tests/cache-tests.json"));
        run = ConformanceRun.run(groups, CachePolicy.cdn());
        System.out.print(run.toText());
    }

    @Test
    void requiredCasesDoNotDropBelowTheRecordedFloor() throws IOException {
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/http-conformance-floor.properties")) {
            floor.load(in);
        }
        int min = Integer.parseInt(floor.getProperty("required.passed"));
        int passed = run.scoreboard().kind(SuiteTest.REQUIRED).passed();
        assertTrue(
                passed >= min,
                "required cases passed fell to " + passed + " from the recorded " + min + "; failing: "
                        + run.scoreboard().failedRequired());
        assertTrue(passed >= 150, "the issue's goal is at least 150 required cases");
    }

    @Test
    void everyCdnCacheControlRequirementPasses() {
        Scoreboard.Tally cdn =
                run.scoreboard().groups().get("cdn-cache-control").get(SuiteTest.REQUIRED);
        assertEquals(cdn.total(), cdn.passed(), "CDN-Cache-Control required cases");
    }

    @Test
    void beatsEveryPublishedSharedCache() throws IOException {
        int own = run.scoreboard().kind(SuiteTest.REQUIRED).passed();
        for (PublishedResults p : published()) {
            int theirs = Scoreboard.score(groups, p::passedAlone)
                    .kind(SuiteTest.REQUIRED)
                    .passed();
            assertTrue(own > theirs, "explorer " + own + " vs " + p.name() + " " + theirs);
        }
    }

    @Test
    void writesTheReport() throws IOException {
        Path doc = SharedData.projectDir().resolve("docs").resolve("http-conformance.md");
        String existing = Files.exists(doc) ? Files.readString(doc) : "# HTTP caching conformance\n";
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, MarkdownReport.splice(existing, MarkdownReport.generate(run, published())));
        assertTrue(Files.readString(doc).contains(MarkdownReport.END));
    }

    /** The published results of shared caches (browsers are left out), in file name order. */
    static List<PublishedResults> published() throws IOException {
        Path dir = SharedData.require("http-cache-tests/results");
        List<PublishedResults> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json")
                        && !List.of("chrome.json", "firefox.json", "safari.json")
                                .contains(name)) {
                    out.add(PublishedResults.load(f));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(score(b), score(a)));
        return out;
    }

    private static int score(PublishedResults p) {
        return Scoreboard.score(groups, p::passedAlone).kind(SuiteTest.REQUIRED).passed();
    }
}
