package dev.cdnx.model.cache;

/** Interim copy of the cache contract; replaced by the caches branch. */
public interface ObjectCache {
    int NOT_FOUND = -1;

    int find(long key, boolean touch);

    int insert(long key, long size);

    boolean remove(long key);

    long keyAt(int slot);

    long sizeAt(int slot);

    long usedBytes();

    long capacityBytes();

    int objectCount();

    int slotLimit();

    void setEvictionListener(EvictionListener l);

    String policyName();
}
