package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdnx.app.panels.cost.CostFigures;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.model.cli.Cdnx;
import dev.cdnx.model.cost.Crossover;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.DeliveryModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CostViewModelTest {

    private static JsonNode report(String sample) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Cdnx.execute("report", Samples.file(sample).toString(), "--typed", "--json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        return ScenarioIO.mapper().readTree(buf.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBarsEqualTheCommandLineReport() throws Exception {
        JsonNode json = report("cost-lever");
        CostViewModel vm = new CostViewModel(Samples.direct("cost-lever"));
        assertFalse(vm.measuredProperty().get(), "a scenario with volumes starts on typed volumes");
        assertEquals(24, vm.bars().size(), "8 terms for each of 3 models");
        for (CostViewModel.Bar b : vm.bars()) {
            JsonNode expected = json.path("cost")
                    .path(b.model().id())
                    .path("terms")
                    .path(b.termId())
                    .path("amount");
            assertEquals(0, new BigDecimal(expected.asText()).compareTo(b.amount()), b.model() + " " + b.termId());
        }
        CostFigures f = vm.figuresProperty().get();
        for (DeliveryModel m : DeliveryModel.values()) {
            BigDecimal total =
                    new BigDecimal(json.path("cost").path(m.id()).path("total").asText());
            assertEquals(0, total.compareTo(f.bills().get(m).total()), m.id());
        }
        assertEquals(
                0,
                new BigDecimal("37500")
                        .compareTo(f.bills()
                                .get(DeliveryModel.PULL)
                                .term("originEgress")
                                .amount()),
                "seed story 6 at byte hit ratio 0.85");
    }

    @Test
    void curvesAndExplanationsComeFromTheModel() {
        CostViewModel vm = new CostViewModel(Samples.direct("cost-lever"));
        CostFigures f = vm.figuresProperty().get();
        assertEquals(1, f.byHead().stream().filter(Crossover.Point::minimum).count(), "one cheapest head");
        Crossover.Point at95 = f.byHitRatio().stream()
                .filter(p -> Math.abs(p.x() - 0.95) < 1e-9)
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("12500").compareTo(at95.originEgress()));
        String why = CostViewModel.explain(f.bills().get(DeliveryModel.PULL).term("originEgress"));
        assertTrue(why.contains("origin egress price") && why.contains("$0.05"), why);
        assertEquals(DeliveryModel.PULL, vm.currentModel());
    }

    @Test
    void measuredVolumesRunTheEngineOncePerModel() {
        CostViewModel vm = new CostViewModel(Samples.direct("hello-cdn", "duration=20s"));
        assertTrue(vm.measuredProperty().get(), "no volumes block: measured");
        CostFigures f = vm.figuresProperty().get();
        assertNotNull(f);
        assertTrue(f.measured());
        assertEquals(3, f.runs().size());
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aHiddenPanelMeasuresOnlyWhenItShowsAgain() {
        var context = Samples.direct("hello-cdn", "duration=20s");
        CostViewModel vm = new CostViewModel(context);
        vm.setShowing(false);
        context.document().updateSettings(s -> s.seed = 7);
        vm.refreshNow();
        assertEquals(
                42,
                vm.figuresProperty().get().runs().values().iterator().next().seed(),
                "hidden: the old figures stay, no engine runs");
        vm.setShowing(true);
        assertEquals(
                7, vm.figuresProperty().get().runs().values().iterator().next().seed(), "measured on showing");
    }
}
