package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * S3-FIFO (Yang et al., SOSP 2023) as libCacheSim's {@code S3FIFO} ({@code S3FIFO-0.1000-2}): a small FIFO
 * of {@code floor(0.1 × capacity)} bytes, a main FIFO of the rest, and a ghost FIFO of keys (with their
 * sizes) of {@code floor(0.9 × capacity)} bytes.
 *
 * <ul>
 * <li>A hit adds 1 to the object's frequency (no cap while it is counted). A miss whose key is in the
 *     ghost removes it there and inserts the object into main; any other miss inserts into small.</li>
 * <li>Evicting: when main holds more than its share, or small holds no bytes, main evicts — its tail with
 *     frequency {@code f >= 1} goes back to the head with {@code min(f, 3) - 1}, one with 0 leaves.
 *     Otherwise small evicts — its tail with frequency {@code >= 2} moves to main (frequency 0, even if
 *     main is then over its share), any other leaves small and its key enters the ghost.</li>
 * <li>Admission, as libCacheSim decides it in two places: an object larger than the small queue (or the
 *     cache) is a miss that evicts nothing; an object of exactly the small queue's size that is not a
 *     ghost hit makes room first and is then refused by the small queue (it evicts, but is not cached).
 *     With a capacity below 10 the small queue is 0 bytes and nothing is cached.</li>
 * </ul>
 * Slots stay with their object across moves between small and main. {@link #remove} also forgets the
 * key in the ghost; it returns true only if the object was cached.
 */
public final class S3FifoCache extends AbstractObjectCache {

    /** Share of the capacity given to the small queue. */
    public static final double SMALL_RATIO = 0.10;
    /** Ghost capacity as a share of the cache capacity. */
    public static final double GHOST_RATIO = 0.90;
    /** Frequency at which a small-queue object is promoted to main when it reaches the tail. */
    public static final int PROMOTE_AT = 2;
    /** Frequencies above this count as this when main reinserts. */
    public static final int MAX_FREQUENCY = 3;

    private final long smallCapacity;
    private final long mainCapacity;
    private final FifoCache ghost;
    private final Queue small = new Queue();
    private final Queue main = new Queue();
    private int[] freq;
    private boolean[] inMain;
    private boolean ghostHit;
    private long ghostHitKey;
    private boolean pendingMain;

    /** An empty S3-FIFO cache of {@code capacityBytes}. */
    public S3FifoCache(long capacityBytes) {
        super("s3fifo", capacityBytes);
        smallCapacity = (long) (capacityBytes * SMALL_RATIO);
        mainCapacity = capacityBytes - smallCapacity;
        long ghostCapacity = (long) (capacityBytes * GHOST_RATIO);
        ghost = ghostCapacity > 0 ? new FifoCache(ghostCapacity) : null;
        freq = new int[slotLimit()];
        inMain = new boolean[slotLimit()];
    }

    /** Bytes the small queue may hold. */
    public long smallCapacityBytes() {
        return smallCapacity;
    }

    /** Whether the key is remembered in the ghost history. */
    public boolean inGhost(long key) {
        return ghost != null && ghost.find(key, false) != NOT_FOUND;
    }

    /** Whether the object in {@code slot} is in the main queue (false: small queue). */
    public boolean inMainQueue(int slot) {
        return inMain[slot];
    }

    @Override
    protected void onGrow(int newLimit) {
        freq = Arrays.copyOf(freq, newLimit);
        inMain = Arrays.copyOf(inMain, newLimit);
    }

    @Override
    public int find(long key, boolean touch) {
        int slot = super.find(key, false);
        if (!touch) {
            return slot;
        }
        if (slot >= 0) {
            // A cached key is never in the ghost (it left the ghost when it came back), so libCacheSim's
            // ghost removal on a main-queue hit would find nothing; it is skipped.
            freq[slot]++;
            return slot;
        }
        ghostHit = ghost != null && ghost.remove(key);
        ghostHitKey = key;
        return NOT_FOUND;
    }

    @Override
    public boolean admits(long size) {
        return size <= smallCapacity && size <= capacityBytes();
    }

    @Override
    public int insert(long key, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("object size must be >= 0, got " + size + " for key " + key);
        }
        if (find(key, false) != NOT_FOUND) {
            throw new IllegalStateException("key " + key + " is already cached; insert needs an absent key");
        }
        boolean fromGhost = ghostHit && ghostHitKey == key;
        ghostHit = false;
        if (!fromGhost && ghost != null) {
            fromGhost = ghost.remove(key);
        }
        if (!admits(size)) {
            return NOT_FOUND;
        }
        if (!fromGhost && size >= smallCapacity) {
            // libCacheSim admits up to the small queue's size, evicts room, and only then has the small
            // queue refuse an object of exactly its own size.
            makeRoom(size);
            return NOT_FOUND;
        }
        pendingMain = fromGhost;
        return super.insert(key, size);
    }

    @Override
    protected void onHit(int slot) {
        // find(key, true) is overridden; nothing else calls this.
    }

    @Override
    protected void onInsert(int slot) {
        freq[slot] = 0;
        boolean toMain = pendingMain;
        pendingMain = false;
        inMain[slot] = toMain;
        (toMain ? main : small).pushHead(slot);
    }

    @Override
    protected int evictStep() {
        // libCacheSim chooses by bytes; a small queue of only empty objects counts as empty, unless main
        // has nothing to give.
        if (main.bytes > mainCapacity || (small.bytes == 0 && main.size > 0) || small.size == 0) {
            return evictMain();
        }
        return evictSmall();
    }

    private int evictSmall() {
        while (small.size > 0) {
            int slot = small.tail;
            small.unlink(slot);
            if (freq[slot] >= PROMOTE_AT) {
                freq[slot] = 0;
                inMain[slot] = true;
                main.pushHead(slot);
            } else {
                if (ghost != null) {
                    ghost.get(keyAt(slot), sizeAt(slot));
                }
                return slot;
            }
        }
        return NIL;
    }

    private int evictMain() {
        while (main.size > 0) {
            int slot = main.tail;
            int f = freq[slot];
            if (f >= 1) {
                freq[slot] = Math.min(f, MAX_FREQUENCY) - 1;
                main.moveToHead(slot);
            } else {
                main.unlink(slot);
                return slot;
            }
        }
        return NIL;
    }

    @Override
    protected void onRemove(int slot) {
        (inMain[slot] ? main : small).unlink(slot);
    }

    @Override
    public boolean remove(long key) {
        boolean removed = super.remove(key);
        if (ghost != null) {
            ghost.remove(key);
        }
        return removed;
    }
}
