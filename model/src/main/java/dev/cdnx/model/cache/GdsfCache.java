package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * Greedy-Dual-Size-Frequency as libCacheSim's {@code GDSF} ({@code cpp/GDSF.cpp}): each object has the
 * priority {@code L + frequency × 1,000,000 / size}, where {@code L} is the priority of the last object
 * evicted (0 at first). A new object has frequency 1; each hit adds 1 and recomputes the priority with
 * the current {@code L} and the cached size. Eviction takes the lowest priority; among equal priorities,
 * the one whose priority was set by the earlier request. Small, often requested objects stay; large,
 * rarely requested ones leave first. A binary heap keeps every operation at O(log n).
 */
public final class GdsfCache extends AbstractObjectCache {

    private long[] frequency;
    private double[] priority;
    /** The request number that last set the slot's priority: the tie-break, first set first out. */
    private long[] setAt;

    private final SlotHeap heap;
    private double lastEvictedPriority;
    private long requests;

    /** An empty GDSF cache of {@code capacityBytes} (0 admits only empty objects). */
    public GdsfCache(long capacityBytes) {
        super("gdsf", capacityBytes);
        frequency = new long[slotLimit()];
        priority = new double[slotLimit()];
        setAt = new long[slotLimit()];
        heap = new SlotHeap(slotLimit(), this::before);
    }

    private boolean before(int a, int b) {
        if (priority[a] == priority[b]) {
            return setAt[a] < setAt[b];
        }
        return priority[a] < priority[b];
    }

    @Override
    protected void onGrow(int newLimit) {
        frequency = Arrays.copyOf(frequency, newLimit);
        priority = Arrays.copyOf(priority, newLimit);
        setAt = Arrays.copyOf(setAt, newLimit);
        heap.grow(newLimit);
    }

    @Override
    public int find(long key, boolean touch) {
        if (touch) {
            requests++;
        }
        return super.find(key, touch);
    }

    @Override
    protected void onHit(int slot) {
        frequency[slot]++;
        priority[slot] = lastEvictedPriority + (double) frequency[slot] * 1.0e6 / sizeAt(slot);
        setAt[slot] = requests;
        heap.update(slot);
    }

    @Override
    protected void onInsert(int slot) {
        frequency[slot] = 1;
        priority[slot] = lastEvictedPriority + 1.0e6 / sizeAt(slot);
        setAt[slot] = requests;
        heap.add(slot);
    }

    @Override
    protected int evictStep() {
        int victim = heap.poll();
        lastEvictedPriority = priority[victim];
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        heap.remove(slot);
    }

    /** The priority of the object in {@code slot}. */
    public double priorityAt(int slot) {
        return priority[slot];
    }

    /** The priority of the last evicted object, added to every priority set from now on. */
    public double inflation() {
        return lastEvictedPriority;
    }
}
