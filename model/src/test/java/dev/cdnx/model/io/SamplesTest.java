package dev.cdnx.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in samples/ loads without a problem, and load → save → load gives the same scenario. */
class SamplesTest {

    static Stream<Path> samples() throws IOException {
        Path dir = SharedData.projectDir().resolve("samples");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return list.stream();
        }
    }

    @Test
    void everyReferenceStoryHasASample() throws IOException {
        List<String> names = samples().map(p -> p.getFileName().toString()).toList();
        for (String story : List.of(
                "hello-cdn",
                "single-request",
                "viral-no-shield",
                "viral-shield",
                "regional-caches",
                "thundering-herd",
                "patch-day",
                "cost-lever",
                "query-fragmentation",
                "multi-cdn",
                "personalized")) {
            assertTrue(names.contains(story + ".json"), "samples/ lacks " + story + ".json");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsWithoutProblems(Path sample) {
        LoadResult r = ScenarioIO.read(sample);
        assertTrue(r.ok(), () -> sample + ": " + r.problems());
        assertTrue(r.problems().isEmpty(), () -> sample + " has warnings: " + r.problems());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isSavedInCanonicalFormAndRoundTrips(Path sample, @TempDir Path tmp) throws IOException {
        Scenario s = ScenarioIO.read(sample).orThrow();
        assertEquals(Files.readString(sample), ScenarioIO.toJson(s), "sample is not in the form the app saves");
        Path copy = tmp.resolve("copy.json");
        ScenarioIO.write(s, copy);
        Scenario again = ScenarioIO.read(copy).orThrow();
        assertEquals(ScenarioIO.toJson(s), ScenarioIO.toJson(again));
    }

    @Test
    void sizesOfTheStoriesAreThoseOfTheSpec() {
        Path dir = SharedData.projectDir().resolve("samples");
        Scenario viral = ScenarioIO.read(dir.resolve("viral-no-shield.json")).orThrow();
        assertEquals(
                200,
                viral.topology.nodes.stream()
                        .filter(n -> n.kind.id().equals("edge"))
                        .count());
        Scenario regional = ScenarioIO.read(dir.resolve("regional-caches.json")).orThrow();
        assertEquals(
                12,
                regional.topology.nodes.stream()
                        .filter(n -> n.kind.id().equals("shield"))
                        .count());
        Scenario patch = ScenarioIO.read(dir.resolve("patch-day.json")).orThrow();
        assertEquals(
                20,
                patch.topology.nodes.stream()
                        .filter(n -> n.kind.id().equals("shield"))
                        .count());
        long catalogBytes =
                patch.workload.objects * patch.workload.classes.get(0).size.mean.bytes();
        assertEquals(4_000_000_000_000L, catalogBytes, "4 TB catalog");
        var bundle = patch.workload.contentClass("bundle");
        assertEquals(40_000_000_000L, bundle.objects * bundle.size.mean.bytes(), "40 GB bundle");
    }
}
