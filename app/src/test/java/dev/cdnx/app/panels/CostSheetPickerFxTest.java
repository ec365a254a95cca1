package dev.cdnx.app.panels;

import static dev.cdnx.app.run.FxTestSupport.fx;
import static dev.cdnx.app.run.FxTestSupport.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cdnx.app.panels.cost.CostView;
import dev.cdnx.app.panels.cost.CostViewModel;
import dev.cdnx.app.run.FxTestSupport;
import dev.cdnx.model.scenario.DeliveryModel;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The price-sheet picker keeps showing the scenario's sheet whatever makes the panel refresh. */
class CostSheetPickerFxTest {

    @BeforeAll
    static void fxUp() {
        FxTestSupport.startFx();
    }

    @Test
    void thePickerStillNamesTheSheetAfterARefresh() {
        PanelContext context = Samples.direct("cost-lever");
        CostViewModel vm = fx(() -> new CostViewModel(context));
        CostView view = fx(() -> new CostView(vm));
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = fx(() -> (ComboBox<String>) view.lookup("#cost-sheet"));
        assertNotNull(picker);
        String sheet = fx(() -> context.document().scenario().pricing.sheet);
        assertEquals(sheet, fx(picker::getValue));

        // Switching the delivery model (any edit) refreshes the panel and its list of sheets.
        fxRun(() -> context.document().updateSettings(s -> s.delivery.model = DeliveryModel.PUSH));
        assertEquals(sheet, fx(picker::getValue), "after switching the delivery model");

        fxRun(() -> vm.useSheet("illustrative-premium"));
        fxRun(() -> context.document().updateSettings(s -> s.delivery.model = DeliveryModel.HYBRID));
        assertEquals(
                fx(() -> context.document().scenario().pricing.sheet),
                fx(picker::getValue),
                "after choosing another sheet and another edit");
    }
}
