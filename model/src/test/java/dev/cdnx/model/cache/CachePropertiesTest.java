package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.trace.ArrayTraceReader;
import dev.cdnx.model.trace.ReplayResult;
import dev.cdnx.model.trace.TraceReplay;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants every policy keeps under random request sequences, removals included. */
class CachePropertiesTest {

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of(CachePolicies.names());
    }

    @Property(tries = 300)
    void capacityAndAccountingHold(
            @ForAll("policies") String policy,
            @ForAll @LongRange(min = 0, max = 300) long capacity,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 60) Integer> keys,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 40) Integer> sizes) {
        ObjectCache cache = CachePolicies.create(policy, capacity);
        cache.setEvictionListener((key, slot, size) -> {
            assertTrue(cache.occupied(slot), "listener sees an occupied slot");
            assertEquals(key, cache.keyAt(slot));
        });
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            long size = sizes.isEmpty() ? 1 : sizes.get(i % sizes.size());
            if (i % 17 == 16) {
                boolean was = cache.find(key, false) != ObjectCache.NOT_FOUND;
                assertEquals(was, cache.remove(key));
            } else {
                boolean hit = cache.get(key, size);
                int slot = cache.find(key, false);
                if (hit) {
                    assertTrue(slot >= 0, "a hit stays resident");
                } else if (slot >= 0) {
                    assertEquals(size, cache.sizeAt(slot), "an inserted object has the request's size");
                }
                if (!cache.admits(size)) {
                    assertTrue(hit || slot < 0, "a refused object is not resident");
                }
            }
            assertInvariants(cache);
        }
    }

    @Property(tries = 200)
    void hitsPlusMissesAreRequests(
            @ForAll("policies") String policy,
            @ForAll @LongRange(min = 0, max = 100) long capacity,
            @ForAll @Size(max = 500) List<@LongRange(min = -5, max = 80) Long> keys) {
        long[] ids = keys.stream().mapToLong(Long::longValue).toArray();
        long[] sizes = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sizes[i] = Math.floorMod(ids[i] * 7, 13); // 0..12; size 0 is skipped by the reader
        }
        long nonZero = java.util.Arrays.stream(sizes).filter(s -> s != 0).count();
        ReplayResult r;
        try {
            r = TraceReplay.run(new ArrayTraceReader(ids, sizes), CachePolicies.create(policy, capacity), false);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(nonZero, r.requests());
        assertEquals(r.requests(), r.hits() + r.misses());
        assertTrue(r.missedBytes() <= r.bytes());
    }

    /** The policies with a plain java.util twin; the others are checked against libCacheSim's own counts. */
    @Provide
    Arbitrary<String> naivePolicies() {
        return Arbitraries.of(NaiveCaches.POLICIES);
    }

    @Property(tries = 300)
    void everyRequestAgreesWithTheNaiveReference(
            @ForAll("naivePolicies") String policy,
            @ForAll @LongRange(min = 0, max = 120) long capacity,
            @ForAll @Size(max = 600) List<@IntRange(min = 0, max = 40) Integer> keys) {
        ObjectCache cache = CachePolicies.create(policy, capacity);
        NaiveCaches.Naive naive = NaiveCaches.create(policy, capacity);
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            long size = 1 + (key * 5 + i) % 9; // sizes change between requests of one key
            assertEquals(naive.get(key, size), cache.get(key, size), "request " + i + " key " + key);
        }
    }

    static void assertInvariants(ObjectCache cache) {
        long bytes = 0;
        int count = 0;
        for (int slot = 0; slot < cache.slotLimit(); slot++) {
            if (cache.occupied(slot)) {
                bytes += cache.sizeAt(slot);
                count++;
                assertEquals(slot, cache.find(cache.keyAt(slot), false), "index and slot agree");
                if (cache instanceof S3FifoCache s3) {
                    assertFalse(s3.inGhost(cache.keyAt(slot)), "a cached key is never in the ghost");
                }
            }
        }
        assertTrue(cache.usedBytes() <= cache.capacityBytes(), "never more bytes than the capacity");
        assertEquals(bytes, cache.usedBytes(), "used bytes = sum of resident sizes");
        assertEquals(count, cache.objectCount());
    }
}
