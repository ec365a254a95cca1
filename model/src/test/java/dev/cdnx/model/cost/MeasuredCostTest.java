package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bills from engine runs: the patch-day figures and the scaling to a month. */
class MeasuredCostTest {

    @Test
    void patchDayHybridPinsAndPushesEightHundredGigabytes() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.duration = SimDuration.parse("2m");
        RunResult r = MeasuredVolumes.run(s, DeliveryModel.HYBRID);
        assertEquals(800_000_000_000L, r.pinnedBytes());
        assertEquals(800_000_000_000L, r.pushedBytes());
        MonthlyVolumes v = MeasuredVolumes.of(s, r);
        assertEquals(0, new BigDecimal("21600").compareTo(v.scale()), "30 days / 120 s");
        CostBreakdown b = CostModel.breakdown(v, TestScenarios.illustrative());
        // 800 GB pinned (40 GB at 20 shields) × $0.10 per GB-month; 800 GB pushed once × $0.02.
        assertEquals(new BigDecimal("80.00"), b.term("storage").amount());
        assertEquals(new BigDecimal("16.00"), b.term("pushTransfer").amount());
        // Flows are scaled: the month's requests are the run's × 21,600.
        assertEquals(
                0,
                BigDecimal.valueOf(r.requests() * 21_600L)
                        .compareTo(v.requests().value()));
        assertTrue(v.egressByRegion().size() >= 5, v.egressByRegion().keySet().toString());
    }

    @Test
    void measuredMissesAreChargedAtTheOriginAndAtTheEdge() {
        Scenario s = TestScenarios.sample("personalized.json");
        s.duration = SimDuration.parse("1m");
        RunResult r = MeasuredVolumes.run(s, DeliveryModel.PULL);
        CostBreakdown b = CostModel.breakdown(MeasuredVolumes.of(s, r), TestScenarios.illustrative());
        // Nearly everything misses, so origin egress is priced on about as many bytes as CDN egress.
        BigDecimal served = Money.gigabytes(r.bytesRequested());
        BigDecimal fromOrigin = Money.gigabytes(r.originBytes());
        assertTrue(fromOrigin.compareTo(served.multiply(new BigDecimal("0.8"))) > 0, fromOrigin + " vs " + served);
        assertTrue(b.term("originEgress").amount().signum() > 0
                && b.term("cdnEgress").amount().signum() > 0);
    }

    @Test
    void hybridHeadCurveMarksItsMinimumAndHitRatioCurveFalls() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        PriceSheet sheet = TestScenarios.illustrative();
        var curve = Crossover.hybridByHead(s, sheet, 0.85);
        assertEquals(1, curve.stream().filter(Crossover.Point::minimum).count());
        Crossover.Point min =
                curve.stream().filter(Crossover.Point::minimum).findFirst().orElseThrow();
        curve.forEach(p -> assertTrue(p.total().compareTo(min.total()) >= 0));
        var byH = Crossover.byHitRatio(s, sheet, new double[] {0.85, 0.95, 0.98});
        assertEquals(
                new BigDecimal("25000.00"),
                byH.get(0).total().subtract(byH.get(1).total()));
        var even = Crossover.breakEven(s, sheet, s.workload.classes.get(0), 0.85);
        assertTrue(even.pushCheaper(), even.toString());
        var never = Crossover.breakEven(s, sheet, s.workload.classes.get(0), 1.0);
        assertEquals(null, never.breakEvenGb());
    }
}
