package dev.cdnx.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Traffic panel's view model, run on the calling thread with a fake clock: no robot, no waiting. */
class TrafficViewModelTest {

    @TempDir
    Path dir;

    private long now;

    private TrafficViewModel vm() {
        return new TrafficViewModel(Runnable::run, Runnable::run, () -> now);
    }

    private Path nginxLog(int lines) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int o = i % 7 == 0 ? i : i % 10;
            b.append("203.0.113.9 - - [01/Mar/2026:10:")
                    .append(String.format("%02d:%02d", (i / 60) % 60, i % 60))
                    .append(" +0000] \"GET /p/")
                    .append(o)
                    .append(".css HTTP/1.1\" 200 ")
                    .append(100 + o)
                    .append(" \"-\" \"ua\" ")
                    .append(i < 10 ? "MISS" : "HIT")
                    .append(" 0.001\n");
        }
        return Files.writeString(dir.resolve("access.log"), b.toString());
    }

    @Test
    void previewShowsFormatFieldsAndFirstRows() throws IOException {
        TrafficViewModel vm = vm();
        vm.open(nginxLog(100));
        assertEquals(TrafficViewModel.Phase.PREVIEW, vm.phaseProperty().get());
        assertTrue(
                vm.formatProperty().get().startsWith("nginx"),
                vm.formatProperty().get());
        assertTrue(
                vm.fieldsProperty().get().contains("$upstream_cache_status"),
                vm.fieldsProperty().get());
        assertEquals(20, vm.preview().size());
        assertTrue(vm.preview().get(0).startsWith("203.0.113.9"));
    }

    @Test
    void importFillsTheSummaryWithTheRateFromTheInjectedClock() throws IOException {
        TrafficViewModel vm = vm();
        vm.open(nginxLog(100));
        now = 0;
        vm.startImport();
        assertEquals(TrafficViewModel.Phase.IMPORTED, vm.phaseProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        List<TrafficViewModel.Fact> facts = vm.summary();
        assertEquals("Requests", facts.get(0).label());
        assertEquals("100", facts.get(0).value());
        assertTrue(
                facts.stream()
                        .anyMatch(f ->
                                f.label().equals("Log hit ratio") && f.value().startsWith("90.00%")),
                facts.toString());
        assertTrue(facts.stream()
                .anyMatch(f -> f.label().equals("Rejected lines") && f.value().equals("none")));
    }

    @Test
    void runOnTheDrawingFillsTheComparison() throws IOException {
        TrafficViewModel vm = vm();
        vm.open(nginxLog(200));
        vm.startImport();
        Scenario s = ScenarioIO.read(Path.of("..", "samples", "hello-cdn.json")).orThrow();
        vm.runOn(s);
        assertEquals(
                TrafficViewModel.Phase.COMPARED,
                vm.phaseProperty().get(),
                vm.messageProperty().get());
        assertEquals("all", vm.comparison().get(0).region());
        assertEquals(200, vm.comparison().get(0).logRequests());
        assertEquals(0.95, vm.comparison().get(0).logHitRatio(), 1e-12);
        assertEquals(200, vm.comparison().get(0).simRequests());
    }

    @Test
    void cancellingAnImportKeepsNothing() throws IOException {
        List<Runnable> queued = new java.util.ArrayList<>();
        TrafficViewModel vm = new TrafficViewModel(queued::add, Runnable::run, () -> now);
        vm.open(nginxLog(70_000));
        queued.remove(0).run();
        vm.startImport();
        vm.cancel();
        queued.remove(0).run();
        assertEquals(TrafficViewModel.Phase.PREVIEW, vm.phaseProperty().get());
        assertNull(vm.workloadProperty().get());
        assertTrue(vm.messageProperty().get().contains("cancelled"));
    }

    @Test
    void anUnrecognisedFileSaysSo() throws IOException {
        TrafficViewModel vm = vm();
        vm.open(Files.writeString(dir.resolve("notes.txt"), "dear diary\n"));
        assertEquals(TrafficViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertTrue(vm.messageProperty().get().contains("match none of the formats"));
    }

    @Test
    void aDroppedScenarioIsOpenedAndADroppedJsonLogImported() throws IOException {
        assertTrue(TrafficFiles.isScenario(Path.of("..", "samples", "hello-cdn.json")));
        Path log = Files.writeString(dir.resolve("cf.json"), "{\"ClientRequestURI\":\"/a\",\"EdgeResponseBytes\":1}\n");
        assertFalse(TrafficFiles.isScenario(log));
        assertFalse(TrafficFiles.isScenario(dir.resolve("access.log")));
    }

    @Test
    void startupOptionsAreTakenOutBeforeTheAppsOwn() {
        TrafficStartup t =
                TrafficStartup.extract(List.of("--theme", "dark", "--import", "x.log", "--import-step", "compare"));
        assertEquals(List.of("--theme", "dark"), t.rest());
        assertEquals(Path.of("x.log"), t.log());
        assertEquals(TrafficStartup.Step.COMPARE, t.step());
    }
}
