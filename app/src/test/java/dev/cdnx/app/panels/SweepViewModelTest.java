package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.files.ReplaceGuard;
import dev.cdnx.app.panels.compare.CompareViewModel;
import dev.cdnx.app.panels.compare.DiffRow;
import dev.cdnx.app.panels.compare.SweepParameter;
import dev.cdnx.app.panels.compare.SweepViewModel;
import dev.cdnx.model.units.SimDuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepViewModelTest {

    @Test
    void aSweepWritesCsvWithOneLinePerValue(@TempDir Path dir) throws Exception {
        CompareViewModel vm = new CompareViewModel(Samples.direct("hello-cdn", "duration=20s"));
        SweepViewModel sw = vm.sweep();
        sw.parameterProperty().set(SweepParameter.TTL);
        sw.fromProperty().set(5);
        sw.toProperty().set(600);
        sw.stepsProperty().set(3);
        sw.start();
        assertEquals(3, sw.rows().size(), sw.statusProperty().get());
        assertEquals(List.of("5s", "302.5s", "600s").get(0), sw.rows().get(0).value());
        Path csv = dir.resolve("sweep.csv");
        assertTrue(sw.exportCsv(csv, new ReplaceGuard((f, why) -> {
            throw new AssertionError("a new file is written without a question: " + why);
        })));
        assertTrue(sw.exportCsv(csv, new ReplaceGuard((f, why) -> {
            throw new AssertionError("a CSV table is replaced without a question: " + why);
        })));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("parameter,value,requests,hitRatio"));
        assertTrue(lines.get(1).startsWith("TTL,5s,"), lines.get(1));
    }

    @Test
    void aScenarioUnderTheCsvsNameIsKeptUnlessThePersonAgrees(@TempDir Path dir) throws Exception {
        SweepViewModel sw = new CompareViewModel(Samples.direct("hello-cdn", "duration=20s")).sweep();
        Path csv = dir.resolve("sweep.csv");
        Files.copy(Samples.file("hello-cdn"), csv);
        byte[] scenario = Files.readAllBytes(csv);
        List<String> asked = new java.util.ArrayList<>();
        assertFalse(sw.exportCsv(csv, new ReplaceGuard((f, why) -> {
            asked.add(why);
            return false;
        })));
        assertArrayEquals(scenario, Files.readAllBytes(csv), "kept");
        assertEquals(List.of(csv + " exists and is not a CSV table"), asked);
        assertEquals("Not exported: sweep.csv was kept", sw.statusProperty().get());
        assertTrue(sw.exportCsv(csv, new ReplaceGuard((f, why) -> true)));
        assertTrue(Files.readString(csv).startsWith("parameter,value,"), "replaced once agreed");
    }

    @Test
    void multiAssignmentParametersAndThePriceRunTheEngine() {
        CompareViewModel vm = new CompareViewModel(Samples.direct("hello-cdn", "duration=20s"));
        SweepViewModel sw = vm.sweep();
        for (SweepParameter p :
                List.of(SweepParameter.SHIELD, SweepParameter.CACHE_CAPACITY, SweepParameter.ORIGIN_PRICE)) {
            sw.parameterProperty().set(p);
            sw.stepsProperty().set(2);
            sw.start();
            assertEquals(2, sw.rows().size(), p + ": " + sw.statusProperty().get());
            assertNotNull(sw.rows().get(1).monthlyCost());
        }
    }

    @Test
    void pinnedBaselineAndNextRunGiveValueBaselineAndDifference() {
        PanelContext ctx = Samples.direct("hello-cdn", "duration=30s");
        CompareViewModel vm = new CompareViewModel(ctx);
        vm.runNow();
        assertTrue(vm.pinBaseline());
        ctx.document().updateSettings(s -> s.policy.ttl = SimDuration.ofSeconds(2));
        vm.runNow();
        DiffRow hit = vm.rows().stream()
                .filter(r -> r.name().equals("Hit ratio"))
                .findFirst()
                .orElseThrow();
        assertTrue(!hit.baseline().isEmpty() && !hit.difference().isEmpty(), hit.toString());
        assertEquals(DiffRow.Verdict.WORSE, hit.verdict(), hit.toString());
        assertTrue(vm.rows().stream().anyMatch(r -> r.name().startsWith("Cost: ")));
        assertEquals(
                vm.baselineProperty().get().run().seed(),
                vm.currentProperty().get().run().seed());
    }

    @Test
    void cancelSaysSoAtOnceAndTheSweepStopsInsideItsFirstRun() {
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        Path folder = Samples.file("hello-cdn").getParent();
        PanelContext context = new PanelContext(
                new dev.cdnx.model.scenario.ScenarioDocument(Samples.load("hello-cdn")),
                () -> folder,
                background::add,
                Runnable::run,
                java.time.Duration.ZERO,
                null);
        SweepViewModel sw = new CompareViewModel(context).sweep();
        sw.parameterProperty().set(SweepParameter.TTL);
        sw.stepsProperty().set(3);
        sw.start();
        assertTrue(sw.runningProperty().get());
        sw.cancel();
        assertEquals("Cancelling…", sw.statusProperty().get(), "heard at once, before the sweep gets to ask");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertTrue(sw.rows().isEmpty(), "no run finished");
        assertTrue(
                sw.statusProperty().get().startsWith("Cancelled after 0 of 3"),
                sw.statusProperty().get());
    }
}
