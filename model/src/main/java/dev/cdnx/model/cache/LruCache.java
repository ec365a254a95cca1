package dev.cdnx.model.cache;

/**
 * Least recently used: a hit moves the object to the head; eviction takes the tail, the object whose
 * last request is oldest. Same semantics as libCacheSim's LRU.
 */
public final class LruCache extends QueueCache {

    /** An empty LRU cache of {@code capacityBytes} (0 admits only empty objects). */
    public LruCache(long capacityBytes) {
        super("lru", capacityBytes);
    }

    @Override
    protected void onHit(int slot) {
        queue.moveToHead(slot);
    }
}
