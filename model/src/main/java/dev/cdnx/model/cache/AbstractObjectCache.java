package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * The shared part of every policy: the key index, the slot arrays (key, size, and the prev/next links
 * of intrusive queues), byte accounting, and the insert path "evict until it fits, then insert".
 * A policy supplies four hooks: {@link #onHit}, {@link #onInsert}, {@link #evictStep} and
 * {@link #onRemove}. Slot arrays start at 1,024 slots at most (about 60 KB with the index), so an engine
 * may hold many caches, and double when every slot is in use; {@link #reserve} sizes them up front.
 */
public abstract class AbstractObjectCache implements ObjectCache {

    /** Link value meaning "no slot". */
    protected static final int NIL = -1;

    private final String name;
    private final long capacity;
    private final LongIntIndex index;
    private EvictionListener listener;

    /**
     * Slot s: its key at 2s and its size at 2s + 1 (-1 for a free slot), side by side so that an eviction
     * reads the victim's key and size from one cache line.
     */
    private long[] entries;
    /** Slot s: prev (towards the head, newer) at 2s, next (towards the tail, older) at 2s + 1. */
    private int[] links;

    private int[] free;
    private int freeCount;
    private long usedBytes;
    private int count;

    /**
     * @param name the policy name reported by {@link #policyName()}
     * @param capacityBytes the capacity, {@code >= 0}
     */
    protected AbstractObjectCache(String name, long capacityBytes) {
        if (capacityBytes < 0) {
            throw new IllegalArgumentException("cache capacity must be >= 0, got " + capacityBytes);
        }
        this.name = name;
        this.capacity = capacityBytes;
        int initial = (int) Math.min(Math.max(capacityBytes + 1, 16), 1 << 10);
        this.index = new LongIntIndex(initial);
        entries = new long[initial * 2];
        markFree(0, initial);
        links = new int[initial * 2];
        free = new int[initial];
        for (int i = 0; i < initial; i++) {
            free[i] = initial - 1 - i;
        }
        freeCount = initial;
    }

    // ---- policy hooks ----

    /** The object in {@code slot} was requested again ({@code find} with touch). */
    protected abstract void onHit(int slot);

    /** The object was just stored in {@code slot}; link it into the policy's structures. */
    protected abstract void onInsert(int slot);

    /**
     * Does one eviction step: unlinks a victim and returns its slot (the base class then frees it), or
     * returns {@link #NIL} if this step only reorganised (the caller calls again). Called only when at
     * least one object is resident.
     */
    protected abstract int evictStep();

    /** The object in {@code slot} is being purged; unlink it. */
    protected abstract void onRemove(int slot);

    /** The slot arrays grew to {@code newLimit}; a policy with its own per-slot arrays grows them here. */
    protected void onGrow(int newLimit) {}

    // ---- the shared paths ----

    @Override
    public int find(long key, boolean touch) {
        int slot = index.get(key);
        if (slot >= 0 && touch) {
            onHit(slot);
        }
        return slot;
    }

    @Override
    public boolean admits(long size) {
        return size <= capacity;
    }

    @Override
    public int insert(long key, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("object size must be >= 0, got " + size + " for key " + key);
        }
        if (index.get(key) >= 0) {
            throw new IllegalStateException("key " + key + " is already cached; insert needs an absent key");
        }
        if (!admits(size)) {
            return NOT_FOUND;
        }
        makeRoom(size);
        return store(key, size);
    }

    /** Evicts until {@code size} more bytes fit. */
    protected final void makeRoom(long size) {
        while (usedBytes + size > capacity) {
            int victim = evictStep();
            if (victim != NIL) {
                release(victim, true);
            }
        }
    }

    /** Takes a free slot for the key and calls {@link #onInsert}; room must already be made. */
    protected final int store(long key, long size) {
        if (freeCount == 0) {
            grow();
        }
        int slot = free[--freeCount];
        entries[2 * slot] = key;
        entries[2 * slot + 1] = size;
        links[2 * slot] = NIL;
        links[2 * slot + 1] = NIL;
        index.put(key, slot);
        usedBytes += size;
        count++;
        onInsert(slot);
        return slot;
    }

    /**
     * Evicts {@code slot} now, telling the listener: for a policy whose one eviction step (or whose hit)
     * makes several victims, as libCacheSim's composite caches do. The policy has already unlinked it.
     */
    protected final void evictNow(int slot) {
        release(slot, true);
    }

    @Override
    public boolean evict() {
        while (count > 0) {
            int victim = evictStep();
            if (victim != NIL) {
                release(victim, true);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean remove(long key) {
        int slot = index.get(key);
        if (slot < 0) {
            return false;
        }
        onRemove(slot);
        release(slot, false);
        return true;
    }

    private void release(int slot, boolean eviction) {
        long key = entries[2 * slot];
        long size = entries[2 * slot + 1];
        if (eviction && listener != null) {
            listener.evicted(key, slot, size);
        }
        index.remove(key);
        usedBytes -= size;
        count--;
        entries[2 * slot + 1] = -1;
        free[freeCount++] = slot;
    }

    /** Marks slots [from, to) free (size -1). */
    private void markFree(int from, int to) {
        for (int s = from; s < to; s++) {
            entries[2 * s + 1] = -1;
        }
    }

    @Override
    public void reserve(int objects) {
        if (objects > slotLimit()) {
            growTo(Math.min(objects, Integer.MAX_VALUE - 8));
        }
        index.reserve(objects);
    }

    private void grow() {
        int old = slotLimit();
        if (old == Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("cache holds the maximum number of objects: " + old);
        }
        growTo((int) Math.min((long) old * 2, Integer.MAX_VALUE - 8));
    }

    private void growTo(int limit) {
        int old = slotLimit();
        entries = Arrays.copyOf(entries, limit * 2);
        markFree(old, limit);
        links = Arrays.copyOf(links, limit * 2);
        free = Arrays.copyOf(free, limit);
        for (int s = limit - 1; s >= old; s--) {
            free[freeCount++] = s;
        }
        onGrow(limit);
    }

    /** The slot linked before {@code slot} (newer neighbour in a queue), or {@link #NIL}. */
    protected final int prev(int slot) {
        return links[2 * slot];
    }

    /** The slot linked after {@code slot} (older neighbour in a queue), or {@link #NIL}. */
    protected final int next(int slot) {
        return links[2 * slot + 1];
    }

    /** Sets the newer neighbour of {@code slot}. */
    protected final void setPrev(int slot, int to) {
        links[2 * slot] = to;
    }

    /** Sets the older neighbour of {@code slot}. */
    protected final void setNext(int slot, int to) {
        links[2 * slot + 1] = to;
    }

    // ---- accessors ----

    @Override
    public boolean occupied(int slot) {
        return slot >= 0 && slot < slotLimit() && entries[2 * slot + 1] >= 0;
    }

    @Override
    public long keyAt(int slot) {
        return entries[2 * slot];
    }

    @Override
    public long sizeAt(int slot) {
        return entries[2 * slot + 1];
    }

    @Override
    public long usedBytes() {
        return usedBytes;
    }

    @Override
    public long capacityBytes() {
        return capacity;
    }

    @Override
    public int objectCount() {
        return count;
    }

    @Override
    public int slotLimit() {
        return free.length;
    }

    @Override
    public void setEvictionListener(EvictionListener listener) {
        this.listener = listener;
    }

    @Override
    public String policyName() {
        return name;
    }

    @Override
    public String toString() {
        return name + "[" + count + " objects, " + usedBytes + "/" + capacity + " bytes]";
    }

    /**
     * A FIFO-ordered queue of slots linked through {@link #prev}/{@link #next}; the head holds the newest
     * slot, the tail the oldest. A slot is in at most one queue at a time. Tracks count and bytes.
     */
    protected final class Queue {
        int head = NIL;
        int tail = NIL;
        int size;
        long bytes;

        /** Links {@code slot} in at the head (newest end). */
        void pushHead(int slot) {
            links[2 * slot] = NIL;
            links[2 * slot + 1] = head;
            if (head != NIL) {
                links[2 * head] = slot;
            } else {
                tail = slot;
            }
            head = slot;
            size++;
            bytes += entries[2 * slot + 1];
        }

        /** Unlinks {@code slot}, which must be in this queue. */
        void unlink(int slot) {
            int p = links[2 * slot];
            int n = links[2 * slot + 1];
            if (p != NIL) {
                links[2 * p + 1] = n;
            } else {
                head = n;
            }
            if (n != NIL) {
                links[2 * n] = p;
            } else {
                tail = p;
            }
            links[2 * slot] = NIL;
            links[2 * slot + 1] = NIL;
            size--;
            bytes -= entries[2 * slot + 1];
        }

        /** Moves {@code slot}, which must be in this queue, to the head. */
        void moveToHead(int slot) {
            if (head == slot) {
                return;
            }
            // slot is not the head, so it has a newer neighbour p
            int p = links[2 * slot];
            int n = links[2 * slot + 1];
            links[2 * p + 1] = n;
            if (n != NIL) {
                links[2 * n] = p;
            } else {
                tail = p;
            }
            links[2 * slot] = NIL;
            links[2 * slot + 1] = head;
            links[2 * head] = slot;
            head = slot;
        }
    }
}
