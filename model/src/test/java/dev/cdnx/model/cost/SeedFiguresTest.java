package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.VolumesSpec;
import dev.cdnx.model.units.DataSize;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The worked examples of seeds 002 and 004, to the cent. */
class SeedFiguresTest {

    private final PriceSheet sheet = TestScenarios.illustrative();

    @Test
    void fivePetabytesAtFiveCentsCostsByByteHitRatio() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertEquals(new BigDecimal("37500.00"), originEgress(s, 0.85));
        assertEquals(new BigDecimal("12500.00"), originEgress(s, 0.95));
        assertEquals(new BigDecimal("5000.00"), originEgress(s, 0.98));
    }

    @Test
    void onePetabyteIsAMillionGigabytes() {
        assertEquals(
                new BigDecimal("1000000"),
                Money.gigabytes(DataSize.parse("1 PB").bytes()));
        MonthlyVolumes v = TypedVolumes.of(TestScenarios.sample("cost-lever.json"), DeliveryModel.PULL, 0.85);
        assertEquals(0, new BigDecimal("750000").compareTo(v.originFill().value()));
    }

    @Test
    void tenPointsOfByteHitRatioSaveTwentyFiveThousand() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertEquals(new BigDecimal("25000.00"), originEgress(s, 0.85).subtract(originEgress(s, 0.95)));
    }

    @Test
    void aMissIsChargedTwice() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        s.volumes = new VolumesSpec();
        s.volumes.egressPerMonth = DataSize.parse("1000 GB");
        s.volumes.requestsPerMonth = 0.0;
        CostBreakdown allMiss = CostModel.breakdown(TypedVolumes.of(s, DeliveryModel.PULL, 0.0), sheet);
        CostBreakdown allHit = CostModel.breakdown(TypedVolumes.of(s, DeliveryModel.PULL, 1.0), sheet);
        // The same 1,000 GB reach users either way: CDN egress (first tier, $0.12/GB by default) is paid for both.
        assertEquals(new BigDecimal("120.00"), allMiss.term("cdnEgress").amount());
        assertEquals(
                allHit.term("cdnEgress").amount(), allMiss.term("cdnEgress").amount());
        // A miss also pays the origin to fill: 1,000 GB × $0.05.
        assertEquals(new BigDecimal("50.00"), allMiss.term("originEgress").amount());
        assertEquals(new BigDecimal("0.00"), allHit.term("originEgress").amount());
        assertEquals(
                new BigDecimal("170.00"),
                allMiss.term("cdnEgress")
                        .amount()
                        .add(allMiss.term("originEgress").amount()));
    }

    @Test
    void patchDayBundleIsEightHundredGigabytesPinnedAndPushed() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.volumes = new VolumesSpec();
        s.volumes.headBytes = DataSize.parse("40 GB");
        MonthlyVolumes v = TypedVolumes.of(s, DeliveryModel.HYBRID, 0.95);
        assertEquals(20, v.locations().value().intValue());
        assertEquals(0, new BigDecimal("40").compareTo(v.resident().value()));
        assertEquals(0, new BigDecimal("800").compareTo(v.push().value()));
        CostBreakdown b = CostModel.breakdown(v, sheet);
        // 40 GB × 20 shields × $0.10/GB-month, and 800 GB × $0.02/GB pushed once.
        assertEquals(new BigDecimal("80.00"), b.term("storage").amount());
        assertEquals(new BigDecimal("16.00"), b.term("pushTransfer").amount());
        assertTrue(b.term("pipelineOps").amount().signum() > 0);
    }

    @Test
    void patchDayBundleEstimatedFromTheWorkloadIsFortyGigabytes() {
        Scenario s = TestScenarios.sample("patch-day.json");
        MonthlyVolumes v = TypedVolumes.of(s, DeliveryModel.HYBRID, 0.95);
        assertEquals(0, new BigDecimal("40").compareTo(v.resident().value()));
        assertEquals(0, new BigDecimal("800").compareTo(v.push().value()));
    }

    private BigDecimal originEgress(Scenario s, double h) {
        return CostModel.breakdown(TypedVolumes.of(s, DeliveryModel.PULL, h), sheet)
                .term("originEgress")
                .amount();
    }
}
