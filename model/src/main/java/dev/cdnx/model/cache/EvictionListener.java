package dev.cdnx.model.cache;

/** Interim copy; replaced by the caches branch. */
@FunctionalInterface
public interface EvictionListener {
    void evicted(long key, int slot, long size);
}
