package dev.cdnx.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.SimDuration;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Monthly scaling tells steady traffic from one-off events: a launch counts per launch, not per second. */
class OneOffEventsTest {

    /** Patch day cut to two minutes after the launch starts, when every shield has filled the bundle. */
    private static Scenario patchDay() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.duration = SimDuration.parse("12m");
        return s;
    }

    @Test
    void pullAndHybridFillsDifferByOneLaunchOf800Gigabytes() {
        Scenario s = patchDay();
        MonthlyVolumes pull = MeasuredVolumes.of(s, MeasuredVolumes.run(s, DeliveryModel.PULL));
        MonthlyVolumes hybrid = MeasuredVolumes.of(s, MeasuredVolumes.run(s, DeliveryModel.HYBRID));
        BigDecimal gap = pull.originFill().value().subtract(hybrid.originFill().value());
        // 400 bundle files of 100 MB filled at each of 20 shields; before the launch both runs are the same
        // traffic, and the steady fills are measured there, so the gap is the launch's fills alone.
        assertTrue(
                gap.subtract(new BigDecimal("800")).abs().compareTo(new BigDecimal("40")) <= 0,
                "one launch apart, not scaled by " + pull.scale() + ": " + gap + " GB");
        assertTrue(
                pull.originFill().how().contains("one-off"), pull.originFill().how());
        assertTrue(pull.originFill().how().contains("steady"), pull.originFill().how());
    }

    @Test
    void launchesPerMonthCountsTheLaunchAndItsPublishThatManyTimes() {
        Scenario once = patchDay();
        Scenario twice = patchDay();
        twice.pricing.launchesPerMonth = 2.0;
        RunResult pull = MeasuredVolumes.run(once, DeliveryModel.PULL);
        RunResult hybrid = MeasuredVolumes.run(once, DeliveryModel.HYBRID);
        BigDecimal fillOnce = MeasuredVolumes.of(once, pull).originFill().value();
        BigDecimal fillTwice = MeasuredVolumes.of(twice, pull).originFill().value();
        long bundleFill = pull.classTraffic().stream()
                .filter(c -> c.name().equals("bundle"))
                .findFirst()
                .orElseThrow()
                .originBytes();
        assertEquals(0, fillTwice.subtract(fillOnce).compareTo(Money.gigabytes(bundleFill)), "one more launch's fill");
        assertEquals(
                0,
                new BigDecimal("800")
                        .compareTo(MeasuredVolumes.of(once, hybrid).push().value()));
        assertEquals(
                0,
                new BigDecimal("1600")
                        .compareTo(MeasuredVolumes.of(twice, hybrid).push().value()));
    }

    @Test
    void aScenarioWithoutLaunchesScalesAllItsTrafficWithTime() {
        Scenario s = TestScenarios.sample("hello-cdn.json");
        s.duration = SimDuration.parse("1m");
        RunResult r = MeasuredVolumes.run(s, DeliveryModel.PULL);
        MonthlyVolumes v = MeasuredVolumes.of(s, r);
        assertEquals(
                0,
                Money.gigabytes(r.originBytes())
                        .multiply(v.scale())
                        .compareTo(v.originFill().value()));
        assertTrue(!v.originFill().how().contains("one-off"), v.originFill().how());
    }

    @Test
    void aNegativeLaunchCountIsRefusedWhereItIsWritten() {
        Scenario s = TestScenarios.sample("patch-day.json");
        s.pricing.launchesPerMonth = -1.0;
        var problems = new dev.cdnx.model.validation.ScenarioValidator(TestScenarios.samples()).validate(s);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("pricing.launchesPerMonth")), problems.toString());
    }
}
