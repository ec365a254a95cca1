package dev.cdnx.model.engine;

import java.util.Arrays;

/**
 * The free list of the engine's short-lived objects, fetches (each is also the traffic event of its
 * current hop). A miss-heavy run makes millions a second; handing the most recently freed one out again
 * (last in, first out) keeps the working set small and warm in the processor's caches, where fresh
 * allocations would stream through new memory and leave the old copies to the garbage collector.
 */
final class Recycler {

    private Fetch[] fetches = new Fetch[256];
    private int fetchCount;

    /** A fetch with no waiters and pending status; the caller sets what it is for. */
    Fetch fetch() {
        return fetchCount > 0 ? fetches[--fetchCount] : new Fetch();
    }

    /** Takes back a fetch that nothing refers to any more. */
    void free(Fetch f) {
        f.reset();
        if (fetchCount == fetches.length) {
            fetches = Arrays.copyOf(fetches, fetchCount * 2);
        }
        fetches[fetchCount++] = f;
    }
}
