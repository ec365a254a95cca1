package dev.cdnx.model.traffic;

/**
 * A 64-bit hash of a piece of a line, computed in place (no substring), used as an object's id. With
 * 64 bits two different URLs of a log of a billion requests share an id with odds below one in ten
 * million, which cannot move a hit ratio.
 */
final class KeyHash {

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private KeyHash() {}

    /** The hash of {@code s[from, to)}, continuing from {@code h} (start with {@link #start()}). */
    static long of(long h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    static long start() {
        return SEED;
    }

    /** Spreads the bits of a finished hash (a murmur3 finaliser), so nearby URLs get unrelated ids. */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Hash of a whole string. */
    static long of(String s) {
        return finish(of(start(), s, 0, s.length()));
    }
}
