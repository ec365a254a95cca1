package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.await;
import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.app.panels.CommandLineJson;
import dev.cdnx.app.panels.Samples;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figures written on the map (a cache's requests, hits, misses and coalesced; an origin's badge) are the
 * figures {@code cdnx simulate --json} prints for the same sample and seed, node by node; and the viral
 * story reads off the map: one origin fetch behind a shield, about two hundred without.
 */
class NodeCountersMatchSimulateTest {

    @BeforeAll
    static void startFx() {
        FxTestSupport.startFx();
    }

    @ParameterizedTest
    @CsvSource({"viral-shield, 1, 1", "viral-no-shield, 190, 200", "regional-caches, 1, 12"})
    void theMapShowsTheCommandLinesNodeCounters(String sample, long fewestOriginFetches, long mostOriginFetches)
            throws Exception {
        JsonNode json = CommandLineJson.run("simulate", Samples.file(sample).toString());
        RunViewModel vm = fx(() -> new RunViewModel(new ScenarioDocument(Samples.load(sample))));
        try {
            RunOverlay overlay = fx(() -> new RunOverlay(vm));
            fxRun(() -> {
                vm.speedProperty().set(RunViewModel.MAX_SPEED);
                vm.play();
            });
            await(() -> vm.finishedProperty().get(), 120_000);
            settle(vm);
            int origins = 0;
            for (JsonNode n : json.path("nodes")) {
                String name = n.path("name").asText();
                String kind = n.path("kind").asText();
                if (kind.equals("edge") || kind.equals("shield")) {
                    long requests = n.path("requests").asLong();
                    long hits = n.path("hits").asLong();
                    List<String> expected = List.of(
                            "requests " + NodeCounters.count(requests),
                            "hits " + NodeCounters.count(hits),
                            "misses " + NodeCounters.count(requests - hits),
                            "coalesced "
                                    + NodeCounters.count(n.path("coalesced").asLong()));
                    assertEquals(expected, fx(() -> overlay.counterLines(name)), sample + " " + name);
                } else if (kind.equals("origin")) {
                    origins++;
                    long fetches = n.path("requests").asLong();
                    assertEquals(NodeCounters.count(fetches), fx(() -> overlay.originBadge(name)), sample + " " + name);
                    assertTrue(
                            fetches >= fewestOriginFetches && fetches <= mostOriginFetches,
                            sample + ": " + fetches + " origin fetches");
                }
            }
            assertTrue(origins > 0, sample + " has an origin");
        } finally {
            fxRun(vm::dispose);
        }
    }
}
