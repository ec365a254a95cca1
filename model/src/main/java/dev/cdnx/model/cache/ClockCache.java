package dev.cdnx.model.cache;

/**
 * CLOCK (FIFO with reinsertion, second chance) with a 1-bit reference counter, as libCacheSim's Clock
 * with its default {@code n-bit-counter=1}: a new object enters at the head with the bit clear; a hit
 * sets the bit; eviction looks at the tail, and while the tail's bit is set it clears the bit and moves
 * that object to the head, then evicts the first tail with a clear bit. Ends after at most one lap.
 */
public final class ClockCache extends AbstractObjectCache {

    private final Queue queue = new Queue();
    private boolean[] referenced;

    /** An empty CLOCK cache of {@code capacityBytes} (0 admits only empty objects). */
    public ClockCache(long capacityBytes) {
        super("clock", capacityBytes);
        referenced = new boolean[slotLimit()];
    }

    @Override
    protected void onGrow(int newLimit) {
        referenced = java.util.Arrays.copyOf(referenced, newLimit);
    }

    @Override
    protected void onHit(int slot) {
        referenced[slot] = true;
    }

    @Override
    protected void onInsert(int slot) {
        referenced[slot] = false;
        queue.pushHead(slot);
    }

    @Override
    protected int evictStep() {
        int victim = queue.tail;
        while (referenced[victim]) {
            referenced[victim] = false;
            queue.moveToHead(victim);
            victim = queue.tail;
        }
        queue.unlink(victim);
        return victim;
    }

    @Override
    protected void onRemove(int slot) {
        queue.unlink(slot);
    }
}
