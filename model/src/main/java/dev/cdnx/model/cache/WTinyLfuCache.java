package dev.cdnx.model.cache;

import java.util.Arrays;

/**
 * W-TinyLFU (Einziger et al., the policy of Java's Caffeine cache) as libCacheSim's {@code WTinyLFU} with
 * its defaults, {@code WTinyLFU-w0.01-SLRU} ({@code WTinyLFU.c}, {@code SLRU.c},
 * {@code minimalIncrementCBF.c}): a window LRU of 1 % of the capacity in front of a main SLRU of the rest,
 * split 1:4 into a probation and a protected segment, and a frequency sketch
 * ({@link CountingBloomFilter}) sized for the main capacity.
 *
 * <ul>
 * <li>A miss enters the window's head and is added to the sketch. A hit in the window moves it to the
 *     window's head. A hit in main moves a protected object to its head, or promotes a probation object to
 *     the protected head — pushing protected tails back to probation and, if probation then overflows,
 *     evicting probation's tail; then the key is added to the sketch, and every {@code 32 × main
 *     capacity} main hits the sketch is halved.</li>
 * <li>Making room takes the window's LRU tail: if main has room for it, it moves to main; otherwise it
 *     competes with main's victim (probation's tail, or protected's when probation is empty) and moves to
 *     main, evicting that victim, only if the sketch counts it strictly more often; else it is evicted.
 *     Either way the sketch counts it once more. This repeats until a window object is evicted, or the
 *     window is empty, when main evicts its victim instead.</li>
 * <li>An object moving to main enters the first segment with room for it; with no room anywhere main
 *     evicts until it fits and it enters probation.</li>
 * <li>Admission: an object larger than the window or than probation is a miss that evicts nothing. Below
 *     100 bytes of capacity the window is 0 bytes and only empty objects are cached.</li>
 * </ul>
 * Slots stay with their object across moves between window and segments. As in libCacheSim, the sketch
 * is sized by the main capacity converted to a 32-bit int: above 2 GiB that number wraps, and the sketch
 * gets whatever size the wrapped number gives (as few as 20 counters when it is negative).
 */
public final class WTinyLfuCache extends AbstractObjectCache {

    /** Window share of the capacity, libCacheSim's {@code window-size=0.01}. */
    public static final double WINDOW_RATIO = 0.01;

    private static final byte WINDOW = 0;
    private static final byte PROBATION = 1;
    private static final byte PROTECTED = 2;

    private final long windowCapacity;
    private final long mainCapacity;
    private final long probationCapacity;
    private final long protectedCapacity;
    private final long decayEvery;
    private final CountingBloomFilter sketch;
    private final Queue window = new Queue();
    private final Queue probation = new Queue();
    private final Queue protectedSegment = new Queue();
    private byte[] segment;
    private long mainHits;

    /** An empty W-TinyLFU cache of {@code capacityBytes}. */
    public WTinyLfuCache(long capacityBytes) {
        super("wtinylfu", capacityBytes);
        windowCapacity = (long) (capacityBytes * WINDOW_RATIO);
        mainCapacity = capacityBytes - windowCapacity;
        probationCapacity = (long) (1.0 / 5 * mainCapacity);
        protectedCapacity = (long) (4.0 / 5 * mainCapacity);
        decayEvery = 32 * mainCapacity;
        sketch = new CountingBloomFilter((int) mainCapacity);
        segment = new byte[slotLimit()];
    }

    @Override
    protected void onGrow(int newLimit) {
        segment = Arrays.copyOf(segment, newLimit);
    }

    /** Bytes the window may hold before it gives objects to main. */
    public long windowCapacityBytes() {
        return windowCapacity;
    }

    /** Whether the object in {@code slot} is in the window (false: in main). */
    public boolean inWindow(int slot) {
        return segment[slot] == WINDOW;
    }

    /** The sketch's estimate of how often {@code key} was seen. */
    public int frequencyEstimate(long key) {
        return sketch.estimate(key);
    }

    @Override
    public boolean admits(long size) {
        return size <= capacityBytes() && size <= windowCapacity && size <= mainCapacity && size <= probationCapacity;
    }

    @Override
    protected void onHit(int slot) {
        if (segment[slot] == WINDOW) {
            window.moveToHead(slot);
            return;
        }
        if (segment[slot] == PROTECTED) {
            protectedSegment.moveToHead(slot);
        } else {
            probation.unlink(slot);
            segment[slot] = PROTECTED;
            protectedSegment.pushHead(slot);
            while (protectedSegment.bytes > protectedCapacity) {
                demoteProtectedTail();
            }
        }
        sketch.add(keyAt(slot));
        if (++mainHits >= decayEvery) {
            mainHits = 0;
            sketch.decay();
        }
    }

    /** SLRU's cool: the protected tail goes to probation's head; probation overflowing evicts. */
    private void demoteProtectedTail() {
        int slot = protectedSegment.tail;
        protectedSegment.unlink(slot);
        segment[slot] = PROBATION;
        probation.pushHead(slot);
        while (probation.bytes > probationCapacity) {
            evictNow(unlinkMainVictim());
        }
    }

    @Override
    protected void onInsert(int slot) {
        segment[slot] = WINDOW;
        window.pushHead(slot);
        sketch.add(keyAt(slot));
    }

    @Override
    protected int evictStep() {
        while (true) {
            if (window.bytes == 0 && (window.size == 0 || mainObjects() > 0)) {
                return unlinkMainVictim();
            }
            int candidate = window.tail;
            long key = keyAt(candidate);
            long size = sizeAt(candidate);
            int victim = NIL;
            if (mainBytes() + size <= mainCapacity) {
                window.unlink(candidate);
                moveToMain(candidate);
            } else if (sketch.estimate(key) > sketch.estimate(keyAt(mainVictim()))) {
                evictNow(unlinkMainVictim());
                window.unlink(candidate);
                moveToMain(candidate);
            } else {
                window.unlink(candidate);
                victim = candidate;
            }
            sketch.add(key);
            if (victim != NIL) {
                return victim;
            }
        }
    }

    /** SLRU's insert: the first segment with room, else evict from main until it fits and use probation. */
    private void moveToMain(int slot) {
        long size = sizeAt(slot);
        if (probation.bytes + size <= probationCapacity) {
            segment[slot] = PROBATION;
            probation.pushHead(slot);
        } else if (protectedSegment.bytes + size <= protectedCapacity) {
            segment[slot] = PROTECTED;
            protectedSegment.pushHead(slot);
        } else {
            while (mainBytes() + size > mainCapacity) {
                evictNow(unlinkMainVictim());
            }
            segment[slot] = PROBATION;
            probation.pushHead(slot);
        }
    }

    /** SLRU's victim: the tail of the first segment holding bytes (probation before protected). */
    private int mainVictim() {
        if (probation.bytes > 0 || (probation.size > 0 && protectedSegment.bytes == 0)) {
            return probation.tail;
        }
        return protectedSegment.size > 0 ? protectedSegment.tail : probation.tail;
    }

    private int unlinkMainVictim() {
        int slot = mainVictim();
        (segment[slot] == PROBATION ? probation : protectedSegment).unlink(slot);
        return slot;
    }

    private long mainBytes() {
        return probation.bytes + protectedSegment.bytes;
    }

    private int mainObjects() {
        return probation.size + protectedSegment.size;
    }

    @Override
    protected void onRemove(int slot) {
        switch (segment[slot]) {
            case WINDOW -> window.unlink(slot);
            case PROBATION -> probation.unlink(slot);
            default -> protectedSegment.unlink(slot);
        }
    }
}
