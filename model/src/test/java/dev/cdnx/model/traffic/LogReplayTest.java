package dev.cdnx.model.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.SharedData;
import dev.cdnx.model.cache.LruCache;
import dev.cdnx.model.io.ScenarioIO;
import dev.cdnx.model.scenario.NodeKind;
import dev.cdnx.model.scenario.NodeSpec;
import dev.cdnx.model.scenario.Scenario;
import dev.cdnx.model.trace.ArrayTraceReader;
import dev.cdnx.model.trace.ReplayResult;
import dev.cdnx.model.trace.TraceReplay;
import dev.cdnx.model.trace.ZipfGenerator;
import dev.cdnx.model.units.DataSize;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log replayed through a one-edge drawing hits exactly as an LRU replay of the same requests. */
class LogReplayTest {

    @TempDir
    Path dir;

    private static Scenario oneEdge(long capacityBytes) {
        Scenario s = ScenarioIO.read(SharedData.projectDir().resolve("samples/single-request.json"))
                .orThrow();
        for (NodeSpec n : s.topology.nodes) {
            if (n.kind == NodeKind.EDGE) {
                n.cacheOrDefault().capacity = DataSize.ofBytes(capacityBytes);
                n.cacheOrDefault().eviction = "lru";
            }
        }
        return s;
    }

    @Test
    void replayOnASingleEdgeEqualsAnLruReplayOfTheSameRequests() throws IOException {
        SyntheticLogs gen = new SyntheticLogs(4000, 1000, 0.8, 21);
        Path log = gen.write(dir.resolve("access.log"), null, SyntheticLogs.NGINX);
        long capacity = 2_000_000;

        LogReplay.Prepared p = LogReplay.prepare(oneEdge(capacity), log, ImportOptions.AUTO, ImportListener.NONE);
        LogReplay.Result r = LogReplay.run(p);

        ZipfGenerator z = new ZipfGenerator(1000, 0.8, 21);
        long[] ids = new long[4000];
        long[] sizes = new long[4000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = z.nextId();
            sizes[i] = SyntheticLogs.sizeOf(ids[i]);
        }
        ReplayResult lru = TraceReplay.run(new ArrayTraceReader(ids, sizes), new LruCache(capacity), false);

        assertEquals(4000, r.run().requests());
        assertTrue(lru.misses() > gen.seen, "the cache is small enough to evict: " + lru.misses() + " misses");
        assertEquals(lru.hits(), r.run().hits(), "hits");
        assertEquals(1 - lru.byteMissRatio(), r.run().byteHitRatio(), 1e-12, "byte hit ratio");
    }

    @Test
    void requestsEnterAtTheUsersNodeOfTheirRegion() throws IOException {
        Scenario s = ScenarioIO.read(SharedData.projectDir().resolve("samples/hello-cdn.json"))
                .orThrow();
        SyntheticLogs gen = new SyntheticLogs(2000, 300, 0.9, 3);
        Path log = gen.write(dir.resolve("cf.log"), SyntheticLogs.CLOUDFRONT_HEADER, SyntheticLogs.CLOUDFRONT);
        LogReplay.Result r = LogReplay.run(LogReplay.prepare(s, log, ImportOptions.AUTO, ImportListener.NONE));
        UsersByRegion users = new UsersByRegion(s);
        Comparison c = r.comparison();
        assertEquals(2000, c.total().logRequests());
        assertEquals((double) gen.hits / gen.requests, c.total().logHitRatio(), 1e-12);
        long edgeRequests = 0;
        for (Comparison.Row row : c.regions()) {
            edgeRequests += row.simRequests();
        }
        assertEquals(2000, edgeRequests, "every request reached one edge");
        for (String region : new String[] {"eu", "na", "apac", "sa"}) {
            Comparison.Row row = c.regions().stream()
                    .filter(x -> x.region().equals(region))
                    .findFirst()
                    .orElseThrow();
            assertEquals(500, row.logRequests(), region);
        }
        assertTrue(users.has("eu") && users.has("na") && users.has("apac") && !users.has("sa"));
        int first = users.users().get(0);
        assertEquals(first, users.nodeFor("sa"), "a region without users enters at the first users node");
        assertEquals("eu", UsersByRegion.regionOf(s.topology.nodes.get(users.nodeFor("eu"))));
        Comparison.Row eu = c.regions().stream()
                .filter(x -> x.region().equals("eu"))
                .findFirst()
                .orElseThrow();
        assertEquals(500, eu.simRequests(), "the eu users' requests, and only theirs, reach the eu edge");
    }
}
