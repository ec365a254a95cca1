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
 * libCacheSim finds the next count by trying every integer above {@code L}; counts grow by {@code L} per
 * hit, so that walk can take millions of steps. Here a min-heap of the counts whose lists hold objects
 * answers the same question in O(log n): no object ever has a count below {@code L} (counts start above
 * it, and {@code L} only moves up past empty counts), so when {@code L}'s own list is empty the smallest
 * count with objects is the next one.
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
    /** Lists that may hold objects, smallest count first; an emptied list leaves it when it reaches the top. */
    private int[] heap = new int[64];

    private int heapSize;
    private boolean[] inHeap = new boolean[64];

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
            // libCacheSim would read an empty list here (update_min_freq stops at the highest hit count);
            // the cache is not empty, so take the smallest count that has objects.
            return smallestNonEmpty();
        }
        return min;
    }

    /** libCacheSim's update_min_freq: the next count above L with objects, if it is at most the highest hit count. */
    private void raiseAge() {
        int next = smallestNonEmpty();
        if (next >= 0 && listCount[next] <= highestHitCount) {
            age = listCount[next];
        }
    }

    private int smallestNonEmpty() {
        while (heapSize > 0 && listSize[heap[0]] == 0) {
            inHeap[heap[0]] = false;
            heap[0] = heap[--heapSize];
            siftDown();
        }
        return heapSize == 0 ? -1 : heap[0];
    }

    private void heapPush(int l) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (listCount[heap[parent]] <= listCount[l]) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = l;
        inHeap[l] = true;
    }

    private void siftDown() {
        if (heapSize == 0) {
            return;
        }
        int l = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && listCount[heap[child + 1]] < listCount[heap[child]]) {
                child++;
            }
            if (listCount[heap[child]] >= listCount[l]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = l;
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
            inHeap = Arrays.copyOf(inHeap, n);
        }
        l = lists++;
        listCount[l] = c;
        listOldest[l] = NIL;
        listNewest[l] = NIL;
        listOfCount.put(c, l);
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
        if (listSize[l]++ == 0 && !inHeap[l]) {
            heapPush(l);
        }
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
