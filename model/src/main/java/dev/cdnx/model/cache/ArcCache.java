package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * Adaptive Replacement Cache (Megiddo and Modha, FAST 2003) as libCacheSim's {@code ARC} ({@code ARC.c}),
 * sizes in bytes. L1 holds objects requested once since they entered, L2 objects requested again; each has
 * a ghost list of evicted keys with their sizes. The target {@code p} (bytes of L1) adapts on ghost hits.
 *
 * <ul>
 * <li>A hit in L1 moves the object to the head of L2; a hit in L2 moves it to L2's head.</li>
 * <li>A miss whose key is in L1's ghost raises {@code p} by {@code max(L2 ghost bytes / L1 ghost bytes, 1)}
 *     (at most the capacity); one in L2's ghost lowers it by {@code max(L1 ghost / L2 ghost, 1)} (at least
 *     0). The key leaves the ghost, and the object, if admitted, enters L2; any other miss enters L1.</li>
 * <li>Making room after a ghost hit (REPLACE): evict L1's tail when L1 holds bytes and more than
 *     {@code p} (or exactly {@code p} on an L2-ghost hit), or when L2 is empty; otherwise L2's tail. The
 *     victim's key goes to the head of its list's ghost.</li>
 * <li>Making room on any other miss: if L1, its ghost and the new object exceed the capacity, drop the
 *     oldest L1 ghost key and REPLACE — or, with no L1 ghost, evict L1's tail outright (no ghost). Else, if
 *     all four lists hold at least twice the capacity, drop the oldest L2 ghost key; then REPLACE.</li>
 * </ul>
 * "Just after a ghost hit" means the last request was that ghost hit, as libCacheSim's request clock has
 * it. {@link #remove} also forgets the key in the ghosts; it returns true only if the object was cached.
 */
public final class ArcCache extends AbstractObjectCache {

    private static final int L1_GHOST = 0;
    private static final int L2_GHOST = 1;

    private final Queue l1 = new Queue();
    private final Queue l2 = new Queue();
    private final GhostLists ghosts = new GhostLists(2);
    private boolean[] inL2;
    private double p;
    private boolean hitInL1Ghost;
    private boolean hitInL2Ghost;
    /** The request number of the last ghost hit (-1: none pending), libCacheSim's vtime_last_req_in_ghost. */
    private long ghostHitRequest = -1;

    private long requests;
    private long incomingSize;

    /** An empty ARC cache of {@code capacityBytes} (0 admits only empty objects). */
    public ArcCache(long capacityBytes) {
        super("arc", capacityBytes);
        inL2 = new boolean[slotLimit()];
    }

    @Override
    protected void onGrow(int newLimit) {
        inL2 = Arrays.copyOf(inL2, newLimit);
    }

    /** The adaptive target for L1, in bytes. */
    public double target() {
        return p;
    }

    /** Whether the key is remembered in a ghost list. */
    public boolean inGhost(long key) {
        return ghosts.listOf(key) >= 0;
    }

    /** Whether the object in {@code slot} is in L2 (requested again since it entered). */
    public boolean inFrequentList(int slot) {
        return inL2[slot];
    }

    @Override
    public int find(long key, boolean touch) {
        int slot = super.find(key, false);
        if (!touch) {
            return slot;
        }
        requests++;
        if (slot >= 0) {
            hitInL1Ghost = false;
            hitInL2Ghost = false;
            if (inL2[slot]) {
                l2.moveToHead(slot);
            } else {
                l1.unlink(slot);
                inL2[slot] = true;
                l2.pushHead(slot);
            }
            return slot;
        }
        int ghost = ghosts.listOf(key);
        if (ghost < 0) {
            return NOT_FOUND; // libCacheSim leaves the ghost flags as they were here
        }
        hitInL1Ghost = false;
        hitInL2Ghost = false;
        ghostHitRequest = requests;
        double l1Ghost = ghosts.bytes(L1_GHOST);
        double l2Ghost = ghosts.bytes(L2_GHOST);
        if (ghost == L1_GHOST) {
            hitInL1Ghost = true;
            double delta = atLeastOne(l2Ghost / l1Ghost);
            double raised = p + delta;
            p = raised < capacityBytes() ? raised : capacityBytes();
        } else {
            hitInL2Ghost = true;
            double delta = atLeastOne(l1Ghost / l2Ghost);
            double lowered = p - delta;
            p = lowered > 0 ? lowered : 0;
        }
        ghosts.remove(key);
        return NOT_FOUND;
    }

    /** C's MAX(x, 1): a NaN (0 / 0 with empty objects) gives 1. */
    private static double atLeastOne(double x) {
        return x > 1 ? x : 1;
    }

    private boolean afterGhostHit() {
        return ghostHitRequest == requests && (hitInL1Ghost || hitInL2Ghost);
    }

    @Override
    public int insert(long key, long size) {
        if (size >= 0 && admits(size) && super.find(key, false) < 0) {
            // a key is never both cached and a ghost (libCacheSim keeps both in one table)
            ghosts.remove(key);
        }
        incomingSize = size;
        return super.insert(key, size);
    }

    @Override
    protected void onHit(int slot) {
        // find(key, true) is overridden; nothing else calls this.
    }

    @Override
    protected void onInsert(int slot) {
        if (afterGhostHit()) {
            inL2[slot] = true;
            l2.pushHead(slot);
            hitInL1Ghost = false;
            hitInL2Ghost = false;
            ghostHitRequest = -1;
        } else {
            inL2[slot] = false;
            l1.pushHead(slot);
        }
    }

    @Override
    protected int evictStep() {
        if (afterGhostHit()) {
            return replace();
        }
        long c = capacityBytes();
        long l1Ghost = ghosts.bytes(L1_GHOST);
        if (l1.bytes + l1Ghost + incomingSize > c) {
            if (l1Ghost > 0) {
                ghosts.dropTail(L1_GHOST);
                return replace();
            }
            if (l1.size > 0) {
                int victim = l1.tail;
                l1.unlink(victim);
                return victim;
            }
            return replace();
        }
        if (l1.bytes + l1Ghost + l2.bytes + ghosts.bytes(L2_GHOST) >= 2 * c && ghosts.bytes(L2_GHOST) > 0) {
            ghosts.dropTail(L2_GHOST);
        }
        return replace();
    }

    /** ARC's REPLACE: evicts L1's or L2's tail into its ghost list. */
    private int replace() {
        boolean fromL1 = (l1.bytes > 0 && (l1.bytes > p || (l1.bytes == p && hitInL2Ghost))) || l2.bytes == 0;
        if (fromL1 ? l1.size == 0 : l2.size == 0) {
            fromL1 = !fromL1; // only empty objects left on the chosen side
        }
        Queue from = fromL1 ? l1 : l2;
        int victim = from.tail;
        from.unlink(victim);
        ghosts.pushHead(fromL1 ? L1_GHOST : L2_GHOST, keyAt(victim), sizeAt(victim));
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        (inL2[slot] ? l2 : l1).unlink(slot);
    }

    @Override
    public boolean remove(long key) {
        boolean removed = super.remove(key);
        ghosts.remove(key);
        return removed;
    }
}
