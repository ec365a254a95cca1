package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * LFU with dynamic aging, as libCacheSim's {@code LFUDA} ({@code LFUDA.c}), whose arithmetic this follows
 * exactly. Each object carries a count; the cache keeps the age {@code L} ("min freq", 0 at first) and
 * the largest count a hit produced. A new object starts at {@code L + 1}; a hit adds {@code L} to the
 * object's count (so before the first eviction a hit only moves it behind its equals); eviction takes the
 * oldest object of the lowest count and sets {@code L} to that count. When the lowest count empties,
 * {@code L} moves up to the next count that has objects, looking no higher than the largest count a hit
 * produced (an insertion does not raise that bound, exactly as in libCacheSim).
 *
 * <p>Objects of one count form a first-in, first-out list; counts map to their lists through an index.
 */
public final class LfudaCache extends AbstractObjectCache {

    private long[] count;
    private final LongIntIndex listOfCount = new LongIntIndex(64);
    /** Per list: its count, oldest and newest slot, and number of objects. Lists are never dropped. */
    private long[] listCount = new long[64];
    private int[] listOldest = new int[64];
    private int[] listNewest = new int[64];
    private int[] listSize = new int[64];
    private int lists;
    private final int countOneList;
    private long age;
    private long highestHitCount;
    /** The highest count any list was made for: the bound of the fallback search in {@link #minList}. */
    private long highestListCount;

    /** An empty LFU-DA cache of {@code capacityBytes} (0 admits only empty objects). */
    public LfudaCache(long capacityBytes) {
        super("lfuda", capacityBytes);
        count = new long[slotLimit()];
        countOneList = list(1);
    }

    @Override
    protected void onGrow(int newLimit) {
        count = Arrays.copyOf(count, newLimit);
    }

    @Override
    protected void onHit(int slot) {
        long old = count[slot];
        long now = old + age;
        count[slot] = now;
        if (now > highestHitCount) {
            highestHitCount = now;
        }
        int from = listOfCount.get(old);
        leave(from, slot);
        if (age == listCount[from] && listSize[from] == 0) {
            raiseAge();
        }
        join(list(now), slot);
    }

    @Override
    protected void onInsert(int slot) {
        count[slot] = age + 1;
        join(list(age + 1), slot);
    }

    @Override
    protected int evictStep() {
        int min = minList();
        int victim = listOldest[min];
        age = listCount[min];
        leave(min, victim);
        if (listSize[min] == 0) {
            raiseAge();
        }
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        int from = listOfCount.get(count[slot]);
        leave(from, slot);
        if (listCount[from] == age && listSize[from] == 0) {
            raiseAge();
        }
    }

    /** The count of the object in {@code slot}. */
    public long countAt(int slot) {
        return count[slot];
    }

    /** The age L, the count of the last evicted object (0 before any eviction). */
    public long age() {
        return age;
    }

    /** libCacheSim's get_min_freq_node: the count-1 list while L is 0 or 1, else L's list. */
    private int minList() {
        int min = age <= 1 ? countOneList : listOfCount.get(age);
        if (min < 0 || listSize[min] == 0) {
            // libCacheSim would read an empty list here (raiseAge found nothing up to the highest hit
            // count); the cache is not empty, so take the next count that has objects.
            for (long c = age + 1; c <= highestListCount; c++) {
                int l = listOfCount.get(c);
                if (l >= 0 && listSize[l] > 0) {
                    return l;
                }
            }
        }
        return min;
    }

    /** libCacheSim's update_min_freq: the next count above L, up to the highest hit count, with objects. */
    private void raiseAge() {
        for (long c = age + 1; c <= highestHitCount; c++) {
            int l = listOfCount.get(c);
            if (l >= 0 && listSize[l] > 0) {
                age = c;
                return;
            }
        }
    }

    private int list(long c) {
        int l = listOfCount.get(c);
        if (l >= 0) {
            return l;
        }
        if (lists == listCount.length) {
            int n = lists * 2;
            listCount = Arrays.copyOf(listCount, n);
            listOldest = Arrays.copyOf(listOldest, n);
            listNewest = Arrays.copyOf(listNewest, n);
            listSize = Arrays.copyOf(listSize, n);
        }
        l = lists++;
        listCount[l] = c;
        listOldest[l] = NIL;
        listNewest[l] = NIL;
        listOfCount.put(c, l);
        if (c > highestListCount) {
            highestListCount = c;
        }
        return l;
    }

    /** Appends at the newest end; inside a list prev() is the older neighbour and next() the newer. */
    private void join(int l, int slot) {
        int newest = listNewest[l];
        setPrev(slot, newest);
        setNext(slot, NIL);
        if (newest == NIL) {
            listOldest[l] = slot;
        } else {
            setNext(newest, slot);
        }
        listNewest[l] = slot;
        listSize[l]++;
    }

    private void leave(int l, int slot) {
        int p = prev(slot);
        int n = next(slot);
        if (p == NIL) {
            listOldest[l] = n;
        } else {
            setNext(p, n);
        }
        if (n == NIL) {
            listNewest[l] = p;
        } else {
            setPrev(n, p);
        }
        listSize[l]--;
    }
}
