package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges the REFERENCE.md rules name, for every policy, and the registry. */
class CacheEdgesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lru", "fifo", "lfu", "clock", "sieve", "s3fifo", "arc", "gdsf", "lfuda"})
    void tooLargeIsAMissThatEvictsNothing(String policy) {
        ObjectCache c = CachePolicies.create(policy, 100);
        assertFalse(c.get(1, 5));
        assertFalse(c.get(2, 101));
        assertEquals(ObjectCache.NOT_FOUND, c.find(2, false));
        assertTrue(c.find(1, false) >= 0, "the resident object stays");
        assertEquals(5, c.usedBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lru", "fifo", "lfu", "clock", "sieve"})
    void exactlyTheCapacityFits(String policy) {
        ObjectCache c = CachePolicies.create(policy, 100);
        c.get(1, 40);
        assertFalse(c.get(2, 100));
        assertTrue(c.find(2, false) >= 0);
        assertEquals(100, c.usedBytes());
        assertEquals(ObjectCache.NOT_FOUND, c.find(1, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lru", "fifo", "lfu", "clock", "sieve", "s3fifo", "arc", "gdsf", "lfuda"})
    void aHitKeepsTheCachedSize(String policy) {
        ObjectCache c = CachePolicies.create(policy, 1000);
        c.get(7, 10);
        assertTrue(c.get(7, 50));
        assertEquals(10, c.sizeAt(c.find(7, false)));
        assertEquals(10, c.usedBytes());
    }

    @Test
    void evictionListenerHearsEvictionsButNotRemovals() {
        ObjectCache c = CachePolicies.create("fifo", 2);
        List<String> heard = new ArrayList<>();
        c.setEvictionListener((key, slot, size) -> heard.add(key + "@" + slot + ":" + size));
        int s1 = c.insert(1, 1);
        c.insert(2, 1);
        c.insert(3, 1);
        assertEquals(List.of("1@" + s1 + ":1"), heard);
        assertTrue(c.remove(2));
        assertFalse(c.remove(2));
        assertEquals(1, heard.size());
        assertThrows(IllegalStateException.class, () -> c.insert(3, 1));
        assertThrows(IllegalArgumentException.class, () -> c.insert(4, -1));
    }

    @Test
    void lfuEvictsTheLeastFrequentOldestFirst() {
        ObjectCache c = CachePolicies.create("LFU", 3);
        c.get(1, 1);
        c.get(2, 1);
        c.get(3, 1);
        c.get(1, 1);
        c.get(4, 1); // evicts 2: frequency 1, in the cache longest
        assertEquals(ObjectCache.NOT_FOUND, c.find(2, false));
        assertTrue(c.find(1, false) >= 0 && c.find(3, false) >= 0 && c.find(4, false) >= 0);
    }

    @Test
    void s3fifoRefusesObjectsLargerThanItsSmallQueue() {
        S3FifoCache c = (S3FifoCache) CachePolicies.create("S3-FIFO", 100);
        assertEquals(10, c.smallCapacityBytes());
        assertFalse(c.admits(11));
        assertTrue(c.admits(10));
        assertFalse(c.get(1, 11));
        assertEquals(0, c.objectCount());
    }

    @Test
    void s3fifoEvictsForAnObjectOfExactlyTheSmallQueueSizeThenRefusesItUnlessItIsAGhostHit() {
        S3FifoCache c = (S3FifoCache) CachePolicies.create("s3fifo", 100);
        for (long k = 1; k <= 11; k++) {
            assertFalse(c.get(k, 9));
        }
        assertEquals(99, c.usedBytes());
        assertFalse(c.get(99, 10), "a first access is a miss");
        assertEquals(ObjectCache.NOT_FOUND, c.find(99, false), "refused by the small queue, as in libCacheSim");
        assertEquals(10, c.objectCount(), "but room was made first: the oldest small object left");
        assertTrue(c.inGhost(1));
        assertFalse(c.get(1, 10), "a ghost hit is a miss");
        int slot = c.find(1, false);
        assertTrue(slot >= 0, "a ghost hit goes to main, where the small queue's limit does not apply");
        assertTrue(c.inMainQueue(slot));
    }

    @Test
    void slotsGrowAndStayValid() {
        ObjectCache c = CachePolicies.create("lru", 1_000_000);
        for (long k = 0; k < 200_000; k++) {
            c.get(k * 31, 1);
        }
        assertEquals(200_000, c.objectCount());
        assertTrue(c.slotLimit() >= 200_000);
        CachePropertiesTest.assertInvariants(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lru", "fifo", "lfu", "clock", "sieve", "s3fifo", "arc", "gdsf", "lfuda"})
    void reserveGrowsSlotsWithoutChangingBehaviour(String policy) {
        ObjectCache plain = CachePolicies.create(policy, 5_000);
        ObjectCache reserved = CachePolicies.create(policy, 5_000);
        reserved.get(-3, 1);
        plain.get(-3, 1);
        reserved.reserve(300_000);
        assertTrue(reserved.slotLimit() >= 300_000);
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int i = 0; i < 50_000; i++) {
            long key = r.nextInt(20_000);
            assertEquals(plain.get(key, 1), reserved.get(key, 1), "request " + i);
        }
        CachePropertiesTest.assertInvariants(reserved);
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownNamesListTheKnownOnes() {
        assertEquals("s3fifo", CachePolicies.create("s3-fifo", 10).policyName());
        assertEquals("clock", CachePolicies.create("CLOCK", 10).policyName());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> CachePolicies.create("mru", 10));
        assertTrue(e.getMessage().contains("lru, fifo, lfu, clock, sieve, s3fifo, arc"), e.getMessage());
        assertEquals("lfuda", CachePolicies.create("LFU-DA", 10).policyName());
    }

    @Test
    void indexSurvivesChurn() {
        LongIntIndex idx = new LongIntIndex(4);
        java.util.Map<Long, Integer> model = new java.util.HashMap<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            long k = r.nextInt(500) - 250L;
            if (r.nextBoolean()) {
                assertEquals(model.containsKey(k) ? model.get(k) : -1, idx.put(k, i));
                model.put(k, i);
            } else {
                Integer old = model.remove(k);
                assertEquals(old == null ? -1 : old, idx.remove(k));
            }
        }
        for (long k = -250; k < 250; k++) {
            assertEquals(model.getOrDefault(k, -1), idx.get(k));
        }
        assertEquals(model.size(), idx.size());
    }
}
