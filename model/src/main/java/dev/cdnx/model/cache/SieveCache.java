package dev.cdnx.model.cache;

/**
 * SIEVE (Zhang et al., NSDI 2024), as in libCacheSim: new objects enter at the head with the visited
 * bit clear and never move; a hit sets the bit. A hand walks from the tail towards the head, clearing
 * set bits, and evicts the first object whose bit is clear; the hand then rests on that object's newer
 * neighbour, and wraps to the tail when it passes the head. Removing the object under the hand moves
 * the hand to the newer neighbour as well.
 */
public final class SieveCache extends MarkedQueueCache {

    private int hand = NIL;

    /** An empty SIEVE cache of {@code capacityBytes} (0 admits only empty objects). */
    public SieveCache(long capacityBytes) {
        super("sieve", capacityBytes);
    }

    @Override
    protected int evictStep() {
        int victim = hand == NIL ? queue.tail : hand;
        while (marked[victim]) {
            marked[victim] = false;
            victim = prev(victim) == NIL ? queue.tail : prev(victim);
        }
        hand = prev(victim);
        queue.unlink(victim);
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        if (slot == hand) {
            hand = prev(slot);
        }
        super.onRemove(slot);
    }
}
