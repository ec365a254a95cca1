package dev.cdnx.app.run;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static dev.cdnx.app.run.FxTestSupport.sample;
import static dev.cdnx.app.run.FxTestSupport.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.cost.CatalogEstimate;
import dev.cdnx.model.cost.HeadSize;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.HybridSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.ScenarioDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run bar shows the hybrid head the engine pushes and the bill prices: one head, not two. */
class HeadSliderTest {

    private RunViewModel vm;

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @AfterEach
    void dispose() {
        if (vm != null) {
            fxRun(vm::dispose);
        }
    }

    private HeadSlider open(Scenario s) {
        vm = fx(() -> new RunViewModel(new ScenarioDocument(s)));
        return fx(() -> new HeadSlider(vm));
    }

    @Test
    void helloCdnsBarSaysTheSheetsHeadOf500() {
        Scenario s = sample("hello-cdn.json");
        HeadSlider head = open(s);
        long priced = HeadSize.of(s, new CatalogEstimate(s.workload)).objects();
        assertEquals(500, priced);
        assertEquals("head 500", fx(() -> head.label.getText()));
        assertEquals(500, fx(() -> HeadSlider.objectsAt(head.slider.getValue())));
    }

    @Test
    void anEmptyHeadShowsAsEmptyAndCoversNothingInTheRun() {
        Scenario s = sample("hello-cdn.json");
        s.delivery.model = DeliveryModel.HYBRID;
        s.delivery.hybrid = new HybridSpec();
        HeadSlider head = open(s);
        assertEquals("head 0", fx(() -> head.label.getText()));
        for (int i = 0; i < 3; i++) {
            fxRun(vm::stepRequest);
        }
        settle(vm);
        assertEquals(0.0, fx(() -> vm.snapshotProperty().get().pushCoverage()), "nothing pushed, nothing covered");
    }

    @Test
    void theSliderFollowsAHeadChosenElsewhere() {
        HeadSlider head = open(sample("hello-cdn.json"));
        fxRun(() -> vm.setHeadSize(30));
        assertEquals("head 30", fx(() -> head.label.getText()));
        assertEquals(30, fx(() -> HeadSlider.objectsAt(head.slider.getValue())));
    }

    @Test
    void theSliderScaleRoundTripsEveryHead() {
        for (long k : new long[] {0, 1, 2, 9, 10, 99, 500, 20_000}) {
            assertEquals(k, HeadSlider.objectsAt(HeadSlider.position(k)));
        }
    }
}
