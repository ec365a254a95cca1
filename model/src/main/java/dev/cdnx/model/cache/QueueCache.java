package dev.cdnx.model.cache;

/**
 * A policy built on one queue: objects enter at the head and leave from the tail. FIFO and LRU differ
 * only in what a hit does; CLOCK and SIEVE add a mark per slot ({@link MarkedQueueCache}).
 */
abstract class QueueCache extends AbstractObjectCache {

    protected final Queue queue = new Queue();

    QueueCache(String name, long capacityBytes) {
        super(name, capacityBytes);
    }

    @Override
    protected void onInsert(int slot) {
        queue.pushHead(slot);
    }

    /** Evicts the tail, the object that entered (or, for LRU, was last requested) longest ago. */
    @Override
    protected int evictStep() {
        int victim = queue.tail;
        queue.unlink(victim);
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        queue.unlink(slot);
    }
}
