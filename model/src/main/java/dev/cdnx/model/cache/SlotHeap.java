package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * A binary min-heap of slots with each slot's position kept, so that a slot whose priority changed moves
 * in O(log n) and any slot can leave. The order is the policy's ({@link Order}); the heap does not
 * allocate after growing.
 */
final class SlotHeap {

    /** The policy's order: whether slot {@code a} leaves before slot {@code b}. */
    @FunctionalInterface
    interface Order {
        boolean before(int a, int b);
    }

    private final Order order;
    private int[] heap;
    /** Slot s sits at heap index position[s], or -1. */
    private int[] position;

    private int size;

    SlotHeap(int slots, Order order) {
        this.order = order;
        heap = new int[slots];
        position = new int[slots];
        Arrays.fill(position, -1);
    }

    void grow(int slots) {
        int old = position.length;
        heap = Arrays.copyOf(heap, slots);
        position = Arrays.copyOf(position, slots);
        Arrays.fill(position, old, slots, -1);
    }

    int size() {
        return size;
    }

    void add(int slot) {
        heap[size] = slot;
        position[slot] = size;
        size++;
        up(size - 1);
    }

    /** Takes out and returns the first slot. */
    int poll() {
        int first = heap[0];
        remove(first);
        return first;
    }

    void remove(int slot) {
        int i = position[slot];
        int last = heap[--size];
        position[slot] = -1;
        if (i == size) {
            return;
        }
        heap[i] = last;
        position[last] = i;
        update(last);
    }

    /** Restores the order after the slot's priority changed. */
    void update(int slot) {
        int i = position[slot];
        if (!up(i)) {
            down(i);
        }
    }

    private boolean up(int i) {
        int slot = heap[i];
        int start = i;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!order.before(slot, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(slot, i);
        return i != start;
    }

    private void down(int i) {
        int slot = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && order.before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!order.before(heap[child], slot)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(slot, i);
    }

    private void place(int slot, int i) {
        heap[i] = slot;
        position[slot] = i;
    }
}
