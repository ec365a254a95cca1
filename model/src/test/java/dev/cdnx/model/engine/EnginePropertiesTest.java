package dev.cdnx.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.CacheSpec;
import dev.cdnx.model.scenario.ContentClassSpec;
import dev.cdnx.model.scenario.LinkSpec;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.scenario.SizeSpec;
import dev.cdnx.model.scenario.UsersSpec;
import dev.cdnx.model.units.DataSize;
import dev.cdnx.model.units.Rate;
import dev.cdnx.model.units.SimDuration;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the engine over generated scenarios. */
class EnginePropertiesTest {

    /** A small generated CDN: edges behind an optional shield, one class of objects. */
    static Scenario generated(
            int edges,
            boolean shield,
            long capacityKb,
            double alpha,
            int objects,
            boolean coalescing,
            String eviction,
            String cacheControl,
            long seed) {
        Scenario s = new Scenario();
        s.seed = seed;
        s.duration = SimDuration.ofSeconds(120);
        s.workload.objects = objects;
        s.workload.alpha = alpha;
        ContentClassSpec c = new ContentClassSpec("objects");
        c.size = new SizeSpec();
        c.size.dist = "lognormal";
        c.size.mean = DataSize.parse("20 KB");
        c.size.sigma = 0.8;
        c.size.max = DataSize.parse("200 KB");
        c.headers.put("Cache-Control", cacheControl);
        c.headers.put("ETag", "\"x\"");
        c.changeEvery = SimDuration.ofSeconds(45);
        s.workload.classes.add(c);
        s.policy.coalescing = coalescing;
        NodeSpec origin = new NodeSpec("origin", NodeKind.ORIGIN);
        origin.originOrDefault().capacity = Rate.perSecond(100_000);
        origin.originOrDefault().concurrency = 10_000;
        origin.originOrDefault().queueLimit = 100_000;
        s.topology.nodes.add(origin);
        if (shield) {
            NodeSpec sh = new NodeSpec("shield", NodeKind.SHIELD);
            sh.cache = new CacheSpec(DataSize.ofBytes(capacityKb * 4000));
            sh.cache.eviction = eviction;
            s.topology.nodes.add(sh);
            s.topology.links.add(new LinkSpec("shield", "origin", SimDuration.ofMillis(30)));
        }
        for (int i = 0; i < edges; i++) {
            NodeSpec e = new NodeSpec("edge-" + i, NodeKind.EDGE);
            e.cache = new CacheSpec(DataSize.ofBytes(capacityKb * 1000));
            e.cache.eviction = eviction;
            NodeSpec u = new NodeSpec("users-" + i, NodeKind.USERS);
            u.users = new UsersSpec();
            u.users.rate = Rate.perSecond(20 + 10 * i);
            s.topology.nodes.add(e);
            s.topology.nodes.add(u);
            s.topology.links.add(new LinkSpec(u.name, e.name, SimDuration.ofMillis(5 + i)));
            s.topology.links.add(new LinkSpec(e.name, shield ? "shield" : "origin", SimDuration.ofMillis(20 + 3 * i)));
        }
        return s;
    }

    @Property(tries = 40)
    void countsAddUpAndCachesStayWithinCapacity(
            @ForAll @IntRange(min = 1, max = 5) int edges,
            @ForAll boolean shield,
            @ForAll @LongRange(min = 300, max = 5000) long capacityKb,
            @ForAll @DoubleRange(min = 0, max = 1.3) double alpha,
            @ForAll @IntRange(min = 1, max = 3000) int objects,
            @ForAll boolean coalescing,
            @ForAll("evictions") String eviction,
            @ForAll("cacheControls") String cc,
            @ForAll @LongRange(min = 1, max = 1000) long seed) {
        Scenario s = generated(edges, shield, capacityKb, alpha, objects, coalescing, eviction, cc, seed);
        assertTrue(ScenarioIO.read(ScenarioIO.toJson(s), "generated").ok(), "a valid scenario");
        RunResult r = new Simulation(s).run();
        assertEquals(r.requests(), r.hits() + r.misses(), "requests = hits + misses");
        assertTrue(r.coalesced() <= r.misses(), "coalesced requests are misses");
        assertTrue(r.bytesHit() <= r.bytesRequested());
        for (RunResult.NodeStats n : r.nodes()) {
            assertTrue(n.usedBytes() <= n.capacityBytes(), n.name() + " holds more than its capacity");
            assertTrue(n.hits() <= n.requests());
        }
        if (!cc.contains("no-store") && !cc.contains("private")) {
            assertEquals(
                    r.originBytes(),
                    r.filledFromOrigin() + r.declinedFromOrigin(),
                    "bytes leaving the origin are bytes filled, or passed on by a cache that would not keep them");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> evictions() {
        return net.jqwik.api.Arbitraries.of(dev.cdnx.model.cache.CachePolicies.names());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> cacheControls() {
        return net.jqwik.api.Arbitraries.of(
                "public, max-age=60",
                "public, max-age=10, stale-while-revalidate=30",
                "public, s-maxage=5, stale-if-error=60",
                "no-cache",
                "private, no-store",
                "public, max-age=3600");
    }

    @Property(tries = 10)
    void sameSeedSameResult(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = generated(3, true, 2000, 0.9, 2000, true, "lru", "public, max-age=30", seed);
        RunResult a = new Simulation(s).run();
        RunResult b = new Simulation(ScenarioIO.copy(s)).run();
        assertEquals(RunResultJson.toMap(a, 0), RunResultJson.toMap(b, 0));
    }

    @Property(tries = 5)
    void differentSeedDifferentButStatisticallyCloseResult(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = generated(3, true, 20_000, 0.9, 2000, true, "lru", "public, max-age=3600", seed);
        Scenario t = ScenarioIO.copy(s);
        t.seed = seed + 1;
        RunResult a = new Simulation(s).run();
        RunResult b = new Simulation(t).run();
        // Per second, not in total: two Poisson totals of about 10,800 are equal about once in 370 draws.
        assertFalse(
                java.util.Arrays.equals(
                        a.series().column("requests"), b.series().column("requests")),
                "another seed draws other traffic");
        assertTrue(Math.abs(a.hitRatio() - b.hitRatio()) < 0.03, a.hitRatio() + " vs " + b.hitRatio());
        // Poisson arrivals: each run's count lies within six standard deviations of rate × duration.
        double mean = (20 + 30 + 40) * 120.0;
        for (RunResult r : new RunResult[] {a, b}) {
            assertTrue(Math.abs(r.requests() - mean) < 6 * Math.sqrt(mean), r.requests() + " requests, mean " + mean);
        }
    }

    @Property(tries = 5)
    void everyDeliveryModelSeesIdenticalTraffic(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario s = generated(3, true, 20_000, 0.9, 2000, true, "lru", "public, max-age=600", seed);
        s.delivery.hybrid.headObjects = 100L;
        Map<String, Long> requests = new HashMap<>();
        for (String model : new String[] {"pull", "push", "hybrid"}) {
            Scenario m = ScenarioIO.copy(s);
            m.delivery.model = dev.cdnx.model.scenario.DeliveryModel.fromId(model);
            requests.put(model, new Simulation(m).run().bytesRequested());
        }
        assertEquals(1, requests.values().stream().distinct().count(), requests.toString());
    }
}
