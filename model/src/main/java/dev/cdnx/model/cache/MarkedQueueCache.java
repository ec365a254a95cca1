package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * A queue policy with one mark per slot that a hit sets and an insertion clears: CLOCK's reference bit
 * and SIEVE's visited bit. Subclasses decide how eviction reads and clears the marks.
 */
abstract class MarkedQueueCache extends QueueCache {

    protected boolean[] marked;

    MarkedQueueCache(String name, long capacityBytes) {
        super(name, capacityBytes);
        marked = new boolean[slotLimit()];
    }

    @Override
    protected void onGrow(int newLimit) {
        marked = Arrays.copyOf(marked, newLimit);
    }

    @Override
    protected void onHit(int slot) {
        marked[slot] = true;
    }

    @Override
    protected void onInsert(int slot) {
        marked[slot] = false;
        super.onInsert(slot);
    }
}
