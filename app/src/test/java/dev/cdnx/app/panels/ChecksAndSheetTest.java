package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.checks.ChecksViewModel;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.panels.cost.SheetEditorModel;
import dev.cdnx.model.checks.CheckOutcome;
import dev.cdnx.model.cost.PriceSheets;
import dev.cdnx.model.cost.SheetLoad;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksAndSheetTest {

    @Test
    void choosingAFiredCheckPublishesItsNodes() {
        ChecksViewModel vm = new ChecksViewModel(Samples.direct("personalized"), null);
        assertFalse(vm.fired().isEmpty());
        CheckOutcome first = vm.fired().get(0);
        assertEquals(CheckOutcome.Severity.WARNING, first.severity());
        vm.choose(first);
        assertEquals(first.nodes(), vm.nodesToSelect());
        assertTrue(
                vm.nodesToSelect().contains("edge-new-york"), vm.nodesToSelect().toString());
        assertTrue(
                vm.summaryProperty()
                        .get()
                        .startsWith(
                                dev.cdnx.model.checks.ArchitectureChecks.all().size() + " checks: 1 failed"),
                vm.summaryProperty().get());
        assertEquals(
                dev.cdnx.model.checks.ArchitectureChecks.all().size(), vm.all().size());
        assertEquals(CheckOutcome.Verdict.FAILED, vm.all().get(0).verdict());
    }

    @Test
    void aRefreshThatFindsTheSameOutcomesLeavesTheListsAlone() {
        ChecksViewModel vm = new ChecksViewModel(Samples.direct("personalized"), null);
        int[] changes = new int[2];
        vm.fired().addListener((javafx.collections.ListChangeListener<CheckOutcome>) c -> changes[0]++);
        vm.all().addListener((javafx.collections.ListChangeListener<CheckOutcome>) c -> changes[1]++);
        vm.refreshNow();
        vm.refreshNow();
        // The panel rebuilds its rows on every change: a rebuild for nothing loses a keyboard user's focus on
        // a row and can take a row away under a pointer about to click it.
        assertEquals(0, changes[0], "fired() changed with the same outcomes");
        assertEquals(0, changes[1], "all() changed with the same outcomes");
    }

    @Test
    void aCheckAppliesItsFixAsOneUndoableEdit() {
        ScenarioDocument doc = new ScenarioDocument(Samples.load("viral-no-shield"));
        RecordingEditor recording = new RecordingEditor(doc);
        PanelContext ctx = PanelContext.direct(doc, () -> null).withEditor(recording);
        ChecksViewModel vm = new ChecksViewModel(ctx, null);
        CheckOutcome jitter = vm.fired().stream()
                .filter(c -> c.id().equals("ttl-no-jitter"))
                .findFirst()
                .orElseThrow();
        assertEquals("Set TTL jitter to ±300 s", vm.fixLabel(jitter));
        vm.applyFix(jitter);
        assertEquals(java.util.List.of("Set TTL jitter to ±300 s"), recording.described);
        assertEquals(300, doc.scenario().policy.ttlJitter.seconds(), 0.0);
        assertTrue(vm.fired().stream().noneMatch(c -> c.id().equals("ttl-no-jitter")));
        recording.stack.undo();
        assertEquals(0, doc.scenario().policy.ttlJitter.seconds(), 0.0);
        assertEquals(
                null,
                vm.fixLabel(vm.fired().stream()
                        .filter(c -> c.id().equals("no-shield"))
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void anEditedSheetIsSavedNextToTheScenarioAndUsed(@TempDir Path dir) throws Exception {
        SheetEditorModel ed = new SheetEditorModel("illustrative", null);
        assertTrue(ed.set("originEgress", "$0.09/GB"));
        assertTrue(ed.rows().stream().anyMatch(r -> r.path().equals("egress.apac[0].price")));
        SheetLoad load = ed.save(dir, "my-contract");
        assertTrue(load.ok(), load.describe());
        assertTrue(Files.exists(dir.resolve("pricing/my-contract.json")));
        SheetLoad found = PriceSheets.locate("my-contract", dir);
        assertEquals(
                0, new BigDecimal("0.09").compareTo(found.sheet().originEgress().amount()));

        ScenarioDocument doc = new ScenarioDocument(Samples.load("cost-lever"));
        CostViewModel vm = new CostViewModel(PanelContext.direct(doc, () -> dir));
        assertTrue(vm.sheets().contains("my-contract"));
        vm.useSheet("my-contract");
        assertEquals("my-contract", doc.scenario().pricing.sheet);
        assertEquals(
                0,
                new BigDecimal("67500")
                        .compareTo(vm.figuresProperty()
                                .get()
                                .bills()
                                .get(dev.cdnx.model.scenario.DeliveryModel.PULL)
                                .term("originEgress")
                                .amount()));
    }

    @Test
    void aBadPriceIsReportedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        SheetEditorModel ed = new SheetEditorModel("illustrative", null);
        ed.set("requests", "cheap");
        SheetLoad load = ed.save(dir, "broken");
        assertFalse(load.ok());
        assertTrue(load.describe().contains("requests"), load.describe());
        assertFalse(Files.exists(dir.resolve("pricing/broken.json")));
        String shown = SheetEditorModel.problemsOf(load);
        assertTrue(shown.startsWith("requests"), "names the row first: " + shown);
        assertTrue(shown.contains("Fix: "), "and says how to fix it: " + shown);
        assertFalse(shown.contains("broken.json"), "never names the file that was not written: " + shown);
    }
}
