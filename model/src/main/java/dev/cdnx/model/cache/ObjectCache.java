package dev.cdnx.model.cache;

/**
 * A cache of objects identified by a {@code long} key, holding at most {@link #capacityBytes()} bytes.
 *
 * <p>The contract follows libCacheSim's {@code cache.h}: {@link #find}, {@link #insert}, {@link #evict},
 * {@link #remove}, and one shared request path {@link #get} that does find, then on a miss evicts until
 * the object fits and inserts it. Each resident object lives in a <em>slot</em>, an int in
 * {@code [0, slotLimit())}; a slot keeps its object until that object is evicted or removed, so callers
 * may keep parallel metadata arrays indexed by slot. Nothing on the request path allocates.
 *
 * <p>Edges, for every policy: a size of 0 is allowed and occupies no bytes; a negative size is rejected
 * with {@link IllegalArgumentException}; an object larger than the capacity (or, for a policy with its
 * own admission rule, larger than that rule allows) is not admitted and evicts nothing; an object exactly
 * the capacity fits. A cache of capacity 0 admits only objects of size 0. Implementations are not
 * thread-safe.
 */
public interface ObjectCache {

    /** Returned by {@link #find} and {@link #insert} when there is no slot. */
    int NOT_FOUND = -1;

    /**
     * The slot of {@code key}, or {@link #NOT_FOUND}. With {@code touch} true a found object records an
     * access (a hit) for the policy; with {@code touch} false the policy state is left as it was. Some
     * policies (S3-FIFO, ARC) also consult their ghost history when {@code touch} is true and the key is absent.
     */
    int find(long key, boolean touch);

    /**
     * Inserts an absent key: evicts until {@code usedBytes() + size <= capacityBytes()}, then stores it.
     *
     * @return the new slot, or {@link #NOT_FOUND} if the object is not admitted (then nothing was evicted)
     * @throws IllegalStateException if the key is already cached
     * @throws IllegalArgumentException if {@code size} is negative
     */
    int insert(long key, long size);

    /**
     * Evicts one object chosen by the policy, telling the eviction listener.
     *
     * @return false if the cache was empty
     */
    boolean evict();

    /** Purges {@code key} without telling the eviction listener; true if it was cached. */
    boolean remove(long key);

    /**
     * The shared request path: a hit on a cached key (its cached size is kept even if {@code size}
     * differs), otherwise a miss that inserts the object if the policy admits it.
     *
     * @return true for a hit, false for a miss
     */
    default boolean get(long key, long size) {
        if (find(key, true) != NOT_FOUND) {
            return true;
        }
        insert(key, size);
        return false;
    }

    /** Whether an object of this size would be admitted on a miss (it may still need evictions). */
    boolean admits(long size);

    /** Whether the slot holds an object now; false for free slots and for slots outside the range. */
    boolean occupied(int slot);

    /** The key in an occupied slot; unspecified for a free slot. */
    long keyAt(int slot);

    /** The size in bytes of the object in an occupied slot; unspecified for a free slot. */
    long sizeAt(int slot);

    /** Bytes held now, the sum of the sizes of all resident objects; never above the capacity. */
    long usedBytes();

    /** The fixed capacity in bytes (or in objects when every size is 1). */
    long capacityBytes();

    /** Number of resident objects. */
    int objectCount();

    /** Slots are in {@code [0, slotLimit())}; the limit only grows, when more objects are resident. */
    int slotLimit();

    /**
     * A hint that about {@code objects} objects will be resident: slot arrays and the index grow now,
     * so the request path does not grow them later. Never shrinks; values {@code <= slotLimit()} do nothing.
     */
    void reserve(int objects);

    /** Replaces the listener told about each eviction; {@code null} means nobody listens. */
    void setEvictionListener(EvictionListener listener);

    /** The registered name of the policy, in lower case, such as {@code "lru"}. */
    String policyName();
}
