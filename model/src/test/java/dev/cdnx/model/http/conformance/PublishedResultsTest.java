package dev.cdnx.model.http.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring reproduces the suite's published figures for real caches (README of the data). */
class PublishedResultsTest {

    @ParameterizedTest
    @CsvSource({
        "trafficserver,132,0",
        "apache,131,0",
        "squid,122,0",
        "caddy,121,5",
        "varnish,119,0",
        "nginx,99,0",
        "fastly,96,0",
        "haproxy,89,0"
    })
    void scoresLikeThePublishedFigures(String cache, int required, int cdnRequired) throws Exception {
        List<SuiteGroup> groups = SuiteFile.load(SharedData.require("http-cache-tests/cache-tests.json"));
        Path file = SharedData.require("http-cache-tests/results/" + cache + ".json");
        PublishedResults results = PublishedResults.load(file);
        Scoreboard board = Scoreboard.score(groups, results::passedAlone);
        assertEquals(160, board.kind(SuiteTest.REQUIRED).total());
        assertEquals(required, board.kind(SuiteTest.REQUIRED).passed());
        Map<String, Scoreboard.Tally> cdn = board.groups().get("cdn-cache-control");
        assertEquals(cdnRequired, cdn.get(SuiteTest.REQUIRED).passed());
    }
}
