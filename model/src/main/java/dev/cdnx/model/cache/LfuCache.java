package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * Least frequently used, as libCacheSim's LFU: a new object starts at frequency 1, each hit while it
 * is cached adds 1, and a re-inserted object starts again at 1 (nothing is remembered after eviction).
 * Eviction takes the lowest frequency; among equal frequencies, the object that reached that frequency
 * first (first in, first out). All operations are O(1): objects sit in one list per frequency, and the
 * non-empty frequencies form an ordered list whose head is the minimum.
 */
public final class LfuCache extends AbstractObjectCache {

    private static final int NONE = 0;

    private int[] freq;
    /** Per frequency: oldest and newest member slot. */
    private int[] bucketOldest = new int[16];

    private int[] bucketNewest = new int[16];
    /** Non-empty frequencies in increasing order; 0 means none. */
    private int[] higher = new int[16];

    private int[] lower = new int[16];
    private int minFreq = NONE;

    /** An empty LFU cache of {@code capacityBytes} (0 admits only empty objects). */
    public LfuCache(long capacityBytes) {
        super("lfu", capacityBytes);
        freq = new int[slotLimit()];
        Arrays.fill(bucketOldest, NIL);
        Arrays.fill(bucketNewest, NIL);
    }

    @Override
    protected void onGrow(int newLimit) {
        freq = Arrays.copyOf(freq, newLimit);
    }

    @Override
    protected void onHit(int slot) {
        int f = freq[slot];
        if (f >= Integer.MAX_VALUE - 9) { // saturates; never reached by real traces
            return;
        }
        int nf = f + 1;
        ensureFrequency(nf);
        if (bucketOldest[nf] == NIL) {
            linkFrequencyAfter(f, nf);
        }
        leaveBucket(slot, f);
        joinBucket(slot, nf);
    }

    @Override
    protected void onInsert(int slot) {
        if (bucketOldest[1] == NIL) {
            linkFrequencyAfter(NONE, 1);
        }
        joinBucket(slot, 1);
    }

    @Override
    protected int evictStep() {
        int victim = bucketOldest[minFreq];
        leaveBucket(victim, minFreq);
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        leaveBucket(slot, freq[slot]);
    }

    /** The frequency of the object in {@code slot} (1 after insertion, +1 per hit). */
    public int frequencyAt(int slot) {
        return freq[slot];
    }

    /** Appends to bucket f; inside a bucket prev() is the older member and next() the newer. */
    private void joinBucket(int slot, int f) {
        freq[slot] = f;
        int newest = bucketNewest[f];
        setPrev(slot, newest);
        setNext(slot, NIL);
        if (newest == NIL) {
            bucketOldest[f] = slot;
        } else {
            setNext(newest, slot);
        }
        bucketNewest[f] = slot;
    }

    /** Takes the slot out of bucket f; unlinks f from the frequency list when it becomes empty. */
    private void leaveBucket(int slot, int f) {
        int p = prev(slot);
        int n = next(slot);
        if (p == NIL) {
            bucketOldest[f] = n;
        } else {
            setNext(p, n);
        }
        if (n == NIL) {
            bucketNewest[f] = p;
        } else {
            setPrev(n, p);
        }
        if (bucketOldest[f] == NIL) {
            unlinkFrequency(f);
        }
    }

    private void linkFrequencyAfter(int f, int nf) {
        int after = f == NONE ? minFreq : higher[f];
        lower[nf] = f;
        higher[nf] = after;
        if (f == NONE) {
            minFreq = nf;
        } else {
            higher[f] = nf;
        }
        if (after != NONE) {
            lower[after] = nf;
        }
    }

    private void unlinkFrequency(int f) {
        int lo = lower[f];
        int hi = higher[f];
        if (lo == NONE) {
            minFreq = hi;
        } else {
            higher[lo] = hi;
        }
        if (hi != NONE) {
            lower[hi] = lo;
        }
    }

    private void ensureFrequency(int f) {
        if (f < bucketOldest.length) {
            return;
        }
        int n = (int) Math.min(Math.max((long) bucketOldest.length * 2, f + 1L), Integer.MAX_VALUE - 8);
        int old = bucketOldest.length;
        bucketOldest = Arrays.copyOf(bucketOldest, n);
        bucketNewest = Arrays.copyOf(bucketNewest, n);
        Arrays.fill(bucketOldest, old, n, NIL);
        Arrays.fill(bucketNewest, old, n, NIL);
        higher = Arrays.copyOf(higher, n);
        lower = Arrays.copyOf(lower, n);
    }
}
