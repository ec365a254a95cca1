package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The reference stories of SPEC S7 that are about traffic, on their sample files, with their figures. */
class StoriesTest {

    @Test
    void story1SingleRequestMissCostsTheOriginRoundTripAndTheNextOneHits() {
        RunResult r = Samples.run("single-request");
        RunResult.UsersStats tokyo = r.users().get(0);
        assertTrue(
                tokyo.firstRequestMs() > 450 && tokyo.firstRequestMs() < 550,
                "first request (a miss) about 500 ms: " + tokyo.firstRequestMs());
        assertTrue(
                tokyo.latencyMs().p50() > 45 && tokyo.latencyMs().p50() < 55,
                "later requests hit at about 50 ms: " + tokyo.latencyMs().p50());
        assertEquals(1, r.originRequests(), "one origin fetch");
        assertEquals(r.requests() - 1, r.hits());
    }

    @Test
    void story2ViralObjectWithoutShieldCosts200OriginFetches() {
        RunResult r = Samples.run("viral-no-shield");
        assertEquals(200, r.originRequests());
        assertEquals(
                200,
                r.nodes().stream()
                        .filter(n -> n.kind().equals("edge") && n.originFetches() == 1)
                        .count());
    }

    @Test
    void story2ViralObjectBehindAShieldWithCoalescingCostsOneOriginFetch() {
        RunResult r = Samples.run("viral-shield");
        assertEquals(1, r.originRequests());
        assertEquals(200, r.shieldTier().requests(), "each edge asks the shield once");
    }

    @Test
    void story2WithoutCoalescingTheShieldSendsMore() {
        RunResult r = Samples.run("viral-shield", "policy.coalescing=false");
        assertTrue(r.originRequests() > 1, "no coalescing: " + r.originRequests());
    }

    @Test
    void story3TwelveRegionalCachesLetAtMostTwelveFetchesThrough() {
        RunResult r = Samples.run("regional-caches");
        assertTrue(r.originRequests() <= 12 && r.originRequests() >= 1, "origin fetches " + r.originRequests());
    }

    /**
     * thundering-herd without jitter up to 100 s after its wave (3,700 of the sample's 4,300 s), which two
     * stories read: run once for the class. The sample's full run is the golden gate's (SimulateGoldenTest).
     */
    private static RunResult herdWave;

    private static synchronized RunResult herdWave() {
        if (herdWave == null) {
            herdWave = Samples.run("thundering-herd", "duration=3700s");
        }
        return herdWave;
    }

    @Test
    void story4WithoutJitterTheHerdRevalidatesInOneSecondAndTheOriginFails() {
        RunResult r = herdWave();
        TimeSeries s = r.series();
        assertEquals(1.0, s.bucketSeconds());
        double atExpiry = s.value(TimeSeries.REVALIDATIONS, 3600);
        assertEquals(200, distinctEdgesRevalidatingIn(r), "every edge revalidates");
        assertTrue(atExpiry >= 200, "200 revalidations in the same second, got " + atExpiry);
        assertTrue(r.errors() > 0, "the small origin turns the herd away");
    }

    @Test
    void story4RefusedRevalidationsAreAskedAgainAndCounted() {
        RunResult r = herdWave();
        // Two servers and a queue of 50 take part of the herd; the rest is refused, and each refused edge
        // asks once more on its next request: 288 origin requests for 200 edges.
        assertEquals(88, r.originRefused());
        assertEquals(200 + r.originRefused(), r.originRequests());
    }

    @Test
    void story4TheArticlesThousandPerSecondOriginAbsorbsTheHerdBecauseItArrivesSpreadOut() {
        Scenario s = Samples.load(
                "thundering-herd",
                "duration=3700s",
                "topology.nodes[400].origin.capacity=1000/s",
                "topology.nodes[400].origin.concurrency=20");
        RunResult r = new Simulation(s).run();
        assertEquals(200, r.originRequests());
        assertEquals(0, r.errors(), "what the sample's description says");
    }

    @Test
    void story4WithJitterTheHerdSpreadsOverTenMinutesAndTheOriginCopes() {
        RunResult r = Samples.run("thundering-herd", "policy.ttlJitter=300s");
        TimeSeries s = r.series();
        int first = -1;
        int last = -1;
        for (int b = 0; b < s.buckets(); b++) {
            if (s.value(TimeSeries.REVALIDATIONS, b) > 0) {
                last = b;
                if (first < 0) {
                    first = b;
                }
            }
        }
        assertTrue(last - first >= 500, "spread over " + (last - first) + " s");
        assertEquals(200, r.revalidations());
        assertEquals(0, r.errors());
        assertTrue(
                r.peakOriginRequestsPerSecond() < 100, "under the origin's 100/s: " + r.peakOriginRequestsPerSecond());
    }

    private static long distinctEdgesRevalidatingIn(RunResult r) {
        return r.nodes().stream()
                .filter(n -> n.kind().equals("edge") && n.revalidations() >= 1)
                .count();
    }

    /** patch-day as shipped (hybrid), which two stories read: run once for the class (a run is a value). */
    private static RunResult patchDayHybrid;

    private static synchronized RunResult patchDayHybrid() {
        if (patchDayHybrid == null) {
            patchDayHybrid = Samples.run("patch-day");
        }
        return patchDayHybrid;
    }

    @Test
    void story5PatchDayHybridPinsAndPushes800GbAndTheLaunchCausesNoBundleFills() {
        RunResult r = patchDayHybrid();
        assertEquals(20, r.pushTargets());
        assertEquals(800_000_000_000L, r.pinnedBytes());
        assertEquals(800_000_000_000L, r.pushedBytes());
        assertEquals(0L, r.originRequestsByClass().get("bundle"), "no origin fill for the bundle");
        assertTrue(r.originRequestsByClass().get("catalog") > 0, "the tail is pulled on demand");
        assertEquals(1.0, r.pushCoverage(), 1e-9);
        assertEquals(0, r.errors(), "the origin copes with the tail alone");
        assertTrue(
                r.peakOriginRequestsPerSecond() < 500, "under the origin's 500/s: " + r.peakOriginRequestsPerSecond());
    }

    @Test
    void story5PatchDayPullLaunchOverloadsTheOriginWhereHybridDoesNot() {
        RunResult pull = Samples.run("patch-day", "delivery.model=pull");
        RunResult hybrid = patchDayHybrid();
        long bundle = pull.originRequestsByClass().get("bundle");
        assertTrue(bundle >= 20 * 400, "every shield fills the 400 files: " + bundle);
        assertEquals(0, pull.pushedBytes());
        assertTrue(pull.peakOriginRequestsPerSecond() > 1000, "the fill storm: " + pull.peakOriginRequestsPerSecond());
        assertTrue(pull.errors() > 1000, "the origin's queue overflows: " + pull.errors());
        assertTrue(
                pull.latencyMs().p95() > hybrid.latencyMs().p95() + 50,
                "p95 " + pull.latencyMs().p95() + " ms under pull vs "
                        + hybrid.latencyMs().p95() + " ms under hybrid");
        // Before the launch both runs are the same traffic on the same seed, error-free.
        double errorsBeforeLaunch = 0;
        for (int b = 0; b < pull.series().buckets() && pull.series().bucketStart(b) < 600; b++) {
            errorsBeforeLaunch += pull.series().value(TimeSeries.ERRORS, b);
        }
        assertEquals(0, errorsBeforeLaunch, 1e-9);
    }

    @Test
    void story7TrackingParametersFragmentTheKeyAndNormalisingRestoresIt() {
        RunResult fragmented = Samples.run("query-fragmentation");
        RunResult normalised = Samples.run("query-fragmentation", "policy.cacheKey.dropTrackingParams=true");
        assertEquals(fragmented.requests(), normalised.requests(), "identical traffic");
        assertTrue(
                normalised.hitRatio() > fragmented.hitRatio() + 0.15,
                fragmented.hitRatio() + " → " + normalised.hitRatio());
    }

    @Test
    void story8SplittingTrafficBetweenTwoProvidersLowersEachOnesHitRatio() {
        RunResult one = Samples.run("multi-cdn", "faults=[]");
        RunResult split = Samples.run(
                "multi-cdn",
                "faults=[]",
                "topology.nodes[0].steering.weights={\"provider-a\": 0.5, \"provider-b\": 0.5}");
        assertTrue(
                split.edgeTier().hitRatio() < one.edgeTier().hitRatio() - 0.02,
                one.edgeTier().hitRatio() + " → " + split.edgeTier().hitRatio());
    }

    @Test
    void story8ProviderOutageKeepsUsersOnTheDeadProviderUntilTheirDnsAnswerExpires() {
        RunResult r = Samples.run("multi-cdn");
        TimeSeries s = r.series();
        double before = 0;
        double during = 0;
        double after = 0;
        for (int b = 0; b < s.buckets(); b++) {
            double e = s.value(TimeSeries.ERRORS, b);
            if (b < 300) {
                before += e;
            } else if (b < 361) {
                during += e;
            } else {
                after += e;
            }
        }
        assertEquals(0, before);
        assertTrue(during > 0, "cached DNS answers send users to the dead provider");
        assertEquals(0, after, "after the 60 s DNS TTL everyone is on the standby");
        long standby = r.nodes().stream()
                .filter(n -> n.name().startsWith("edge-b-"))
                .mapToLong(n -> n.requests())
                .sum();
        assertTrue(standby > 0, "the cold standby takes the traffic");
    }

    @Test
    void story9PersonalisedTrafficBehindACdnHardlyEverHits() {
        RunResult r = Samples.run("personalized");
        assertTrue(r.hitRatio() < 0.10, "hit ratio " + r.hitRatio());
    }
}
