package dev.cdnx.model.cache;

/**
 * CLOCK (FIFO with reinsertion, second chance) with a 1-bit reference counter, as libCacheSim's Clock
 * with its default {@code n-bit-counter=1}: a new object enters at the head with the bit clear; a hit
 * sets the bit; eviction looks at the tail, and while the tail's bit is set it clears the bit and moves
 * that object to the head, then evicts the first tail with a clear bit. Ends after at most one lap.
 */
public final class ClockCache extends MarkedQueueCache {

    /** An empty CLOCK cache of {@code capacityBytes} (0 admits only empty objects). */
    public ClockCache(long capacityBytes) {
        super("clock", capacityBytes);
    }

    @Override
    protected int evictStep() {
        int victim = queue.tail;
        while (marked[victim]) {
            marked[victim] = false;
            queue.moveToHead(victim);
            victim = queue.tail;
        }
        queue.unlink(victim);
        return victim;
    }
}
