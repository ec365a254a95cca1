package dev.cdnx.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The engine thread's hand-over: columns that grow together and a batch that can be reused. */
class HopBatchTest {

    @Test
    void recordsPastTheFirstCapacityKeepEveryColumnInStep() {
        HopBatch b = new HopBatch();
        int n = 1000;
        for (int i = 0; i < n; i++) {
            assertEquals(i, b.add(i, i + 1, i * 0.5, i * 0.5 + 0.1, (byte) (i % 5), (byte) (i % 4), 7L * i));
        }
        assertEquals(n, b.size);
        assertTrue(b.from.length >= n);
        for (int i : new int[] {0, 255, 256, 511, 999}) {
            assertEquals(i, b.from[i]);
            assertEquals(i + 1, b.to[i]);
            assertEquals(i * 0.5, b.depart[i]);
            assertEquals(i * 0.5 + 0.1, b.arrive[i]);
            assertEquals((byte) (i % 5), b.cls[i]);
            assertEquals((byte) (i % 4), b.flag[i]);
            assertEquals(7L * i, b.trace[i]);
        }
        assertEquals(b.from.length, b.trace.length, "the columns grow together");
        assertEquals(b.from.length, b.flag.length);
    }

    @Test
    void clearEmptiesTheBatchForReuseButKeepsItsRoom() {
        HopBatch b = new HopBatch();
        for (int i = 0; i < 300; i++) {
            b.add(1, 2, 0, 1, (byte) 0, HopBatch.MOVE, i);
        }
        int room = b.from.length;
        b.finished = true;
        b.jumped = true;
        b.clear();
        assertEquals(0, b.size);
        assertNull(b.snapshot);
        assertNull(b.result);
        assertNull(b.followed);
        assertTrue(b.passed.isEmpty());
        assertFalse(b.finished);
        assertFalse(b.jumped);
        assertEquals(room, b.from.length, "no new arrays for the next slice");
        assertEquals(0, b.add(3, 4, 2, 3, (byte) 1, HopBatch.END, 9));
        assertEquals(HopBatch.END, b.flag[0]);
    }
}
