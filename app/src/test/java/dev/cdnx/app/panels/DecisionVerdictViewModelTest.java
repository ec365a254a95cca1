package dev.cdnx.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.app.panels.decision.DecisionViewModel;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.ScenarioDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict in the Decision view-model, without a robot: weighed after each recompute, and its button. */
class DecisionVerdictViewModelTest {

    @Test
    void usingTheTreesModelIsOneUndoableEdit() {
        ScenarioDocument doc = new ScenarioDocument(Samples.load("single-request"));
        RecordingEditor recording = new RecordingEditor(doc);
        DecisionViewModel vm =
                new DecisionViewModel(PanelContext.direct(doc, () -> null).withEditor(recording));
        assertNotNull(vm.verdictProperty().get(), vm.verdictStatusProperty().get());
        assertEquals(DeliveryModel.PUSH, vm.verdictProperty().get().tree().model());
        assertTrue(
                vm.verdictProperty().get().reason().contains("publish pipeline"),
                vm.verdictProperty().get().reason());
        assertTrue(vm.canRunRecommendedProperty().get());

        vm.runRecommended();

        assertEquals(List.of("Delivery model Push (the trees' recommendation)"), recording.described);
        assertEquals(DeliveryModel.PUSH, doc.scenario().delivery.model);
        assertFalse(vm.canRunRecommendedProperty().get());
        recording.stack.undo();
        assertEquals(DeliveryModel.PULL, doc.scenario().delivery.model);
    }
}
