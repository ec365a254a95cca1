package dev.cdnx.model.cache;

/**
 * Told about every object a cache evicts to make room (not about {@link ObjectCache#remove} purges).
 * It is called while the object is still in its slot, before the slot can be reused, so the listener
 * may read parallel metadata indexed by {@code slot}. It must not call back into the cache.
 */
@FunctionalInterface
public interface EvictionListener {

    /** The object {@code key} of {@code size} bytes is leaving {@code slot}. */
    void evicted(long key, int slot, long size);
}
