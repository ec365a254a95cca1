package dev.cdnx.model.cache;

/**
 * First in, first out: hits change nothing; eviction takes the object inserted longest ago.
 * Same semantics as libCacheSim's FIFO. Also serves as the ghost history inside {@link S3FifoCache}.
 */
public final class FifoCache extends QueueCache {

    /** An empty FIFO cache of {@code capacityBytes} (0 admits only empty objects). */
    public FifoCache(long capacityBytes) {
        super("fifo", capacityBytes);
    }

    @Override
    protected void onHit(int slot) {
        // FIFO ignores hits.
    }
}
