package dev.cdnx.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdnx.model.trace.ZipfGenerator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hand-checked behaviour of ARC, W-TinyLFU, GDSF and LFU-DA, beyond the reference counts. */
class NewPoliciesTest {

    @Test
    void gdsfEvictsTheLargeRarelyRequestedObjectFirst() {
        GdsfCache c = new GdsfCache(100);
        c.get(1, 10);
        c.get(2, 80);
        c.get(3, 10);
        assertFalse(c.get(4, 10), "needs 10 bytes: the 80-byte object has the lowest priority (1e6 / 80)");
        assertEquals(ObjectCache.NOT_FOUND, c.find(2, false));
        assertEquals(1.0e6 / 80, c.inflation(), "the evicted priority inflates later ones");
        int slot = c.find(1, false);
        c.get(1, 10);
        assertEquals(1.0e6 / 80 + 2 * 1.0e6 / 10, c.priorityAt(slot), 1e-9, "hit: L + frequency x 1e6 / size");
    }

    @Test
    void lfudaHitsAddTheAgeAndEvictionRaisesIt() {
        LfudaCache c = new LfudaCache(2);
        c.get(1, 1);
        c.get(2, 1);
        c.get(1, 1); // age 0: the count stays 1, key 1 only moves behind key 2
        assertEquals(1, c.countAt(c.find(1, false)));
        c.get(3, 1); // evicts key 2 (oldest of count 1), age becomes 1
        assertEquals(ObjectCache.NOT_FOUND, c.find(2, false));
        assertEquals(1, c.age());
        assertEquals(2, c.countAt(c.find(3, false)), "a new object starts at age + 1");
        c.get(1, 1);
        assertEquals(2, c.countAt(c.find(1, false)), "a hit adds the age");
    }

    /** Counts grow by the age at each hit; finding the next count must not walk every integer up to them. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void lfudaStaysFastWhenCountsGrowLarge() {
        LfudaCache c = new LfudaCache(1_000);
        ZipfGenerator zipf = new ZipfGenerator(20_000, 1.2, 7);
        long misses = 0;
        for (int i = 0; i < 2_000_000; i++) {
            if (!c.get(zipf.nextId(), 1)) {
                misses++;
            }
        }
        assertTrue(c.age() > 1_000_000, "ages reach millions here: " + c.age());
        assertTrue(misses > 0 && misses < 2_000_000);
    }

    @Test
    void arcSendsAReturningGhostToTheFrequentListAndAdaptsItsTarget() {
        ArcCache c = new ArcCache(3);
        c.get(1, 1);
        c.get(2, 1);
        c.get(3, 1);
        c.get(4, 1); // L1 + its ghost + 1 > 3 with no L1 ghost: key 1 leaves without a ghost
        assertFalse(c.inGhost(1));
        c.get(3, 1); // hit: key 3 moves to L2
        c.get(5, 1); // L1 (2) + 1 fits: REPLACE evicts L1's tail, key 2, into L1's ghost
        assertTrue(c.inGhost(2));
        assertFalse(c.get(2, 1), "a ghost hit is a miss");
        assertEquals(1.0, c.target(), "L1 ghost hit: p + max(L2 ghost / L1 ghost, 1)");
        assertTrue(c.inFrequentList(c.find(2, false)), "and the object enters L2");
        assertFalse(c.inGhost(2));
        assertTrue(c.inGhost(4), "REPLACE after the ghost hit: L1 (2 bytes) > p (1) evicts L1's tail");
    }

    @Test
    void wtinylfuRefusesObjectsLargerThanItsWindowAndLetsTheWindowFillMainFirst() {
        WTinyLfuCache c = new WTinyLfuCache(1_000);
        assertEquals(10, c.windowCapacityBytes());
        assertFalse(c.admits(11));
        assertFalse(c.get(1, 11));
        assertEquals(0, c.objectCount());
        for (long k = 1; k <= 100; k++) {
            c.get(k, 10);
        }
        assertEquals(1_000, c.usedBytes(), "the window grows past its share until the cache is full");
        c.get(101, 10);
        assertFalse(c.inWindow(c.find(1, false)), "making room moved the window's oldest into main");
        assertEquals(1_000, c.usedBytes());
    }
}
