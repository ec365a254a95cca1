package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * Keys (with the size they had) of objects a cache evicted but still remembers, in a few recency-ordered
 * lists: ARC's two ghost lists. A key is in at most one list. New keys enter at the head; the tail is
 * the oldest. Each list counts its bytes. Nothing allocates once the arrays have grown.
 */
final class GhostLists {

    private static final int NIL = -1;

    private final LongIntIndex index = new LongIntIndex(64);
    private final int[] head;
    private final int[] tail;
    private final long[] bytes;
    private long[] key = new long[64];
    private long[] size = new long[64];
    private int[] list = new int[64];
    private int[] prev = new int[64];
    private int[] next = new int[64];
    private int[] free = new int[64];
    private int freeCount;

    GhostLists(int lists) {
        head = new int[lists];
        tail = new int[lists];
        bytes = new long[lists];
        Arrays.fill(head, NIL);
        Arrays.fill(tail, NIL);
        for (int i = 0; i < free.length; i++) {
            free[freeCount++] = free.length - 1 - i;
        }
    }

    /** The list holding {@code k}, or -1. */
    int listOf(long k) {
        int node = index.get(k);
        return node < 0 ? -1 : list[node];
    }

    /** Bytes remembered in list {@code l}. */
    long bytes(int l) {
        return bytes[l];
    }

    /** Remembers {@code k} of {@code s} bytes at the head of list {@code l}; {@code k} must be absent. */
    void pushHead(int l, long k, long s) {
        if (freeCount == 0) {
            grow();
        }
        int node = free[--freeCount];
        key[node] = k;
        size[node] = s;
        list[node] = l;
        prev[node] = NIL;
        next[node] = head[l];
        if (head[l] != NIL) {
            prev[head[l]] = node;
        } else {
            tail[l] = node;
        }
        head[l] = node;
        bytes[l] += s;
        index.put(k, node);
    }

    /** Forgets the oldest key of list {@code l}; false if the list is empty. */
    boolean dropTail(int l) {
        int node = tail[l];
        if (node == NIL) {
            return false;
        }
        unlink(node);
        return true;
    }

    /** Forgets {@code k}; returns the list it was in, or -1. */
    int remove(long k) {
        int node = index.get(k);
        if (node < 0) {
            return -1;
        }
        int l = list[node];
        unlink(node);
        return l;
    }

    private void unlink(int node) {
        int l = list[node];
        int p = prev[node];
        int n = next[node];
        if (p != NIL) {
            next[p] = n;
        } else {
            head[l] = n;
        }
        if (n != NIL) {
            prev[n] = p;
        } else {
            tail[l] = p;
        }
        bytes[l] -= size[node];
        index.remove(key[node]);
        free[freeCount++] = node;
    }

    private void grow() {
        int old = key.length;
        int n = old * 2;
        key = Arrays.copyOf(key, n);
        size = Arrays.copyOf(size, n);
        list = Arrays.copyOf(list, n);
        prev = Arrays.copyOf(prev, n);
        next = Arrays.copyOf(next, n);
        free = Arrays.copyOf(free, n);
        for (int s = n - 1; s >= old; s--) {
            free[freeCount++] = s;
        }
    }
}
