package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdnx.model.trace.ArrayTraceReader;
import dev.cdnx.model.trace.ReplayResult;
import dev.cdnx.model.trace.TraceReplay;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pinned miss counts for the policies REFERENCE.md gives no numbers for, on webcachesim's test.tr and the
 * CloudPhysics oracleGeneral trace. Each row is also replayed through a plain java.util reference
 * implementation ({@link NaiveCaches}), which must agree, so a pinned number is never just "what the code did".
 */
class GoldenNumbersTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4} misses, {5} missed bytes")
    @CsvSource({
        "webcachesim, lru, 100, bytes, 6552, 12052",
        "webcachesim, lru, 500, bytes, 3464, 6536",
        "webcachesim, lru, 50, unit, 6707, 6707",
        "webcachesim, lru, 200, unit, 4062, 4062",
        "cloud, lru, 20297697, bytes, 94956, 4280799744",
        "cloud, lru, 202976972, bytes, 92200, 4157572608",
        "cloud, lru, 489, unit, 95420, 95420",
        "cloud, lru, 4897, unit, 91657, 91657",
        "webcachesim, fifo, 100, bytes, 7040, 12935",
        "webcachesim, fifo, 500, bytes, 3945, 7362",
        "webcachesim, fifo, 50, unit, 7185, 7185",
        "webcachesim, fifo, 200, unit, 4582, 4582",
        "cloud, fifo, 20297697, bytes, 95293, 4282329600",
        "cloud, fifo, 202976972, bytes, 91954, 4153497088",
        "cloud, fifo, 489, unit, 96518, 96518",
        "cloud, fifo, 4897, unit, 91716, 91716",
        "webcachesim, lfu, 100, bytes, 5283, 10561",
        "webcachesim, lfu, 500, bytes, 3002, 5803",
        "webcachesim, lfu, 50, unit, 5545, 5545",
        "webcachesim, lfu, 200, unit, 3539, 3539",
        "cloud, lfu, 20297697, bytes, 93724, 4270392832",
        "cloud, lfu, 202976972, bytes, 89993, 4060649472",
        "cloud, lfu, 489, unit, 96765, 96765",
        "cloud, lfu, 4897, unit, 90040, 90040",
        "webcachesim, clock, 100, bytes, 6399, 11820",
        "webcachesim, clock, 500, bytes, 3351, 6325",
        "webcachesim, clock, 50, unit, 6572, 6572",
        "webcachesim, clock, 200, unit, 3943, 3943",
        "cloud, clock, 20297697, bytes, 94828, 4279953408",
        "cloud, clock, 202976972, bytes, 92082, 4158443008",
        "cloud, clock, 489, unit, 95332, 95332",
        "cloud, clock, 4897, unit, 91599, 91599",
        "webcachesim, sieve, 100, bytes, 5573, 10839",
        "webcachesim, sieve, 500, bytes, 3026, 5787",
        "webcachesim, sieve, 50, unit, 5509, 5509",
        "webcachesim, sieve, 200, unit, 3534, 3534",
        "cloud, sieve, 20297697, bytes, 93724, 4270392832",
        "cloud, sieve, 202976972, bytes, 89993, 4060649472",
        "cloud, sieve, 489, unit, 94419, 94419",
        "cloud, sieve, 4897, unit, 90040, 90040",
        "webcachesim, s3fifo, 100, bytes, 5268, 10352",
        "webcachesim, s3fifo, 500, bytes, 3107, 5807",
        "webcachesim, s3fifo, 50, unit, 5534, 5534",
        "webcachesim, s3fifo, 200, unit, 3534, 3534",
        "cloud, s3fifo, 20297697, bytes, 93706, 4265741824",
        "cloud, s3fifo, 202976972, bytes, 83764, 3764903936",
        "cloud, s3fifo, 489, unit, 94559, 94559",
        "cloud, s3fifo, 4897, unit, 85691, 85691",
    })
    void pinnedCountsAgreeWithNaiveReference(
            String trace, String policy, long capacity, String mode, long misses, long missedBytes) throws IOException {
        long[][] t = TraceFixtures.load(trace.equals("cloud") ? TraceFixtures.CLOUD : TraceFixtures.WEBCACHESIM);
        boolean unit = mode.equals("unit");
        ReplayResult r = TraceReplay.run(TraceFixtures.reader(t, unit), CachePolicies.create(policy, capacity), unit);

        NaiveCaches.Naive naive = NaiveCaches.create(policy, capacity);
        ArrayTraceReader reader = TraceFixtures.reader(t, unit);
        long naiveMisses = 0;
        long naiveMissedBytes = 0;
        while (reader.next()) {
            if (!naive.get(reader.id(), reader.size())) {
                naiveMisses++;
                naiveMissedBytes += reader.size();
            }
        }
        String row = String.format(
                "\"%s, %s, %d, %s, %d, %d\",", trace, policy, capacity, mode, r.misses(), r.missedBytes());
        assertEquals(naiveMisses, r.misses(), "misses differ from the naive reference; " + row);
        assertEquals(naiveMissedBytes, r.missedBytes(), "missed bytes differ from the naive reference; " + row);
        assertEquals(misses, r.misses(), "misses; " + row);
        assertEquals(missedBytes, r.missedBytes(), "missed bytes; " + row);
    }
}
