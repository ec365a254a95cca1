package dev.cdnx.model.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.DataSize;
import org.junit.jupiter.api.Test;

/** A push set larger than a target's cache is flagged with the targets it fills and a fix. */
class PushCapacityCheckTest {

    private static CheckOutcome pushCapacity(Scenario s) {
        return ArchitectureChecks.run(CheckContext.of(s)).stream()
                .filter(o -> o.id().equals(PushCapacityCheck.ID))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void patchDaysBundleFitsItsShields() {
        assertEquals(
                CheckOutcome.Status.PASSED,
                pushCapacity(TestScenarios.sample("patch-day.json")).status());
    }

    @Test
    void aShieldSmallerThanTheBundleIsNamed() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.node("shield-tokyo").cache.capacity = DataSize.parse("30 GB");
        CheckOutcome o = pushCapacity(s);
        assertTrue(o.fired());
        assertEquals(java.util.List.of("shield-tokyo"), o.nodes());
        assertTrue(o.message().contains("40 GB") && o.message().contains("30 GB"), o.message());
        assertTrue(o.fix().contains("smaller set"), o.fix());
    }

    @Test
    void pushingTheWholeCatalogToEdgesOverflowsEveryEdge() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.delivery.model = DeliveryModel.PUSH;
        s.delivery.push.contentClass = null;
        s.delivery.push.targets = "edges";
        CheckOutcome o = pushCapacity(s);
        assertTrue(o.fired());
        assertEquals(40, o.nodes().size(), "4 TB does not fit a 500 GB edge");
    }

    @Test
    void pullPinsNothing() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.delivery.model = DeliveryModel.PULL;
        s.node("shield-tokyo").cache.capacity = DataSize.parse("1 GB");
        assertEquals(CheckOutcome.Status.PASSED, pushCapacity(s).status());
    }
}
