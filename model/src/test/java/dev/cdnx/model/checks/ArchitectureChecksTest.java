package dev.cdnx.model.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.cost.CostBreakdown;
import dev.cdnx.model.cost.CostModel;
import dev.cdnx.model.cost.TestScenarios;
import dev.cdnx.model.cost.TypedVolumes;
import dev.cdnx.model.engine.RunResult;
import dev.cdnx.model.engine.Simulation;
import dev.cdnx.model.scenario.DeliveryModel;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check fires on one scenario and stays quiet on another. */
class ArchitectureChecksTest {

    @Test
    void thereAreAtLeastTenChecksWithDistinctIds() {
        List<ArchitectureCheck> all = ArchitectureChecks.all();
        assertTrue(all.size() >= 10);
        assertEquals(
                all.size(), all.stream().map(ArchitectureCheck::id).distinct().count());
    }

    @Test
    void personalisedDashboardIsMostlyUncacheable() {
        Scenario s = TestScenarios.sample("personalized.json");
        CheckOutcome typed = check("uncacheable-traffic", CheckContext.of(s));
        assertTrue(typed.fired());
        assertTrue(typed.message().startsWith("95.0% of requests"), typed.message());
        assertEquals(4, typed.nodes().size());
        assertQuiet("uncacheable-traffic", CheckContext.of(TestScenarios.sample("cost-lever.json")));
    }

    @Test
    void personalisedDashboardMeasuredHitRatioIsNearZero() {
        Scenario s = TestScenarios.sample("personalized.json");
        s.duration = SimDuration.parse("2m");
        RunResult r = new Simulation(s).run();
        CheckOutcome o = check("uncacheable-traffic", new CheckContext(s, r, null));
        assertTrue(o.fired(), "hit ratio " + r.hitRatio());
        assertTrue(o.message().startsWith("the run's hit ratio is "), o.message());
        assertQuiet("uncacheable-traffic", new CheckContext(s, fakeRun(0.9, 0.9), null));
    }

    @Test
    void noStoreOnNeverChangingContent() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertQuiet("no-store-on-cacheable", CheckContext.of(s));
        s.workload.classes.get(0).headers.put("Cache-Control", "no-store");
        assertTrue(check("no-store-on-cacheable", CheckContext.of(s)).message().contains("video"));
    }

    @Test
    void shortTtlOnNeverChangingContent() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertQuiet("short-ttl-immutable", CheckContext.of(s));
        s.workload.classes.get(0).headers.put("Cache-Control", "public, max-age=60");
        assertTrue(check("short-ttl-immutable", CheckContext.of(s)).message().contains("video (60 s)"));
    }

    @Test
    void trackingParametersInTheKey() {
        Scenario s = TestScenarios.sample("query-fragmentation.json");
        assertTrue(check("tracking-in-key", CheckContext.of(s)).fired());
        s.policy.cacheKey.dropTrackingParams = true;
        assertQuiet("tracking-in-key", CheckContext.of(s));
    }

    @Test
    void byteHitRatioFarBelowRequestHitRatio() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertEquals(
                CheckOutcome.Status.SKIPPED,
                check("byte-hit-gap", CheckContext.of(s)).status());
        assertTrue(check("byte-hit-gap", new CheckContext(s, fakeRun(0.93, 0.60), null))
                .fired());
        assertQuiet("byte-hit-gap", new CheckContext(s, fakeRun(0.93, 0.90), null));
    }

    @Test
    void manyEdgesAndASmallOriginWithoutAShield() {
        CheckOutcome o = check("no-shield", CheckContext.of(TestScenarios.sample("viral-no-shield.json")));
        assertTrue(o.fired());
        assertEquals(201, o.nodes().size());
        assertQuiet("no-shield", CheckContext.of(TestScenarios.sample("viral-shield.json")));
    }

    @Test
    void oneTtlWithoutJitter() {
        Scenario s = TestScenarios.sample("thundering-herd.json");
        assertTrue(check("ttl-no-jitter", CheckContext.of(s)).message().contains("[3600] s"));
        s.policy.ttlJitter = SimDuration.parse("300s");
        assertQuiet("ttl-no-jitter", CheckContext.of(s));
    }

    @Test
    void multiCdnWithAColdStandby() {
        Scenario s = TestScenarios.sample("multi-cdn.json");
        CheckOutcome o = check("cold-standby", CheckContext.of(s));
        assertTrue(o.message().startsWith("provider provider-b gets 0.0%"), o.message());
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.STEERING) {
                n.steering.weights.put("provider-b", 0.05);
            }
        }
        assertQuiet("cold-standby", CheckContext.of(s));
    }

    @Test
    void lowTrafficFromOneRegion() {
        Scenario s = TestScenarios.sample("single-request.json");
        assertTrue(check("regional-low-traffic", CheckContext.of(s)).fired());
        s.topology.nodes.stream()
                .filter(n -> n.kind == NodeKind.USERS)
                .forEach(n -> n.users.rate = Rate.perSecond(500));
        assertQuiet("regional-low-traffic", CheckContext.of(s));
    }

    @Test
    void wholeCatalogPushedWithAColdTail() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertQuiet("push-cold-tail", CheckContext.of(s));
        s.delivery.model = DeliveryModel.PUSH;
        CheckOutcome o = check("push-cold-tail", CheckContext.of(s));
        assertTrue(o.message().contains("80% of its objects get only"), o.message());
        s.delivery.push.contentClass = null;
        s.workload.alpha = 0.1;
        assertQuiet("push-cold-tail", CheckContext.of(s));
    }

    @Test
    void pushWithoutVerification() {
        Scenario s = TestScenarios.sample("patch-day.json");
        assertQuiet("push-unverified", CheckContext.of(s));
        s.delivery.push.verify = false;
        assertEquals(20, check("push-unverified", CheckContext.of(s)).nodes().size());
    }

    @Test
    void logsAboveATenthOfEgress() {
        Scenario s = TestScenarios.sample("cost-lever.json");
        assertEquals(
                CheckOutcome.Status.SKIPPED,
                check("log-cost-share", CheckContext.of(s)).status());
        assertQuiet("log-cost-share", new CheckContext(s, null, bill(s)));
        s.volumes.egressPerMonth = dev.cdnx.model.units.DataSize.parse("50 TB");
        s.volumes.requestsPerMonth = 2.0e10;
        assertTrue(check("log-cost-share", new CheckContext(s, null, bill(s))).fired());
        s.pricing.logSampling = 0.01;
        assertQuiet("log-cost-share", new CheckContext(s, null, bill(s)));
    }

    private static CostBreakdown bill(Scenario s) {
        return CostModel.breakdown(TypedVolumes.of(s, DeliveryModel.PULL, 0.95), TestScenarios.illustrative());
    }

    static CheckOutcome check(String id, CheckContext ctx) {
        for (ArchitectureCheck c : ArchitectureChecks.all()) {
            if (c.id().equals(id)) {
                return c.check(ctx);
            }
        }
        throw new AssertionError("no check " + id);
    }

    private static void assertQuiet(String id, CheckContext ctx) {
        CheckOutcome o = check(id, ctx);
        assertEquals(CheckOutcome.Status.PASSED, o.status(), o.message());
    }

    static RunResult fakeRun(double hit, double byteHit) {
        RunResult.TierStats t = new RunResult.TierStats(1000, (long) (1000 * hit), hit, byteHit);
        return new RunResult(
                "fake",
                "pull",
                1,
                1000,
                (long) (1000 * hit),
                1000 - (long) (1000 * hit),
                hit,
                byteHit,
                1_000_000,
                (long) (1_000_000 * byteHit),
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                new RunResult.Latency(1, 1, 1, 1, 1000),
                0,
                0,
                0,
                0,
                t,
                t,
                List.of(),
                List.of(),
                java.util.Map.of(),
                60,
                null,
                List.of(),
                0);
    }
}
